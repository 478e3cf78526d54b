import { APPLICATION_ROWS_2019, HEADINGS_2019, PROACTIVE_2019 } from '../../national-2019-rows.ts'
import { NATIONAL_2019_RULES } from '../../national-2019-rules.ts'
import { applicationsTable, reviewTable } from '../national-2021/spec.ts'
import type { FormatSpec } from '../spec.ts'

/**
 * The 2019 trial format (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports: table 二
 * counts items (上一年项目数量, 本年增/减, 处理决定数量) and procurement; table 三 has
 * （六）其他处理 as one row; table 四 is the 2021 one.
 */
export const NATIONAL_2019: FormatSpec = {
  id: 'national-2019',
  label: { zh: '2019 年试行版统计表', en: '2019 trial table' },
  markers: ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量'],
  distinctive: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '其他对外管理服务事项',
    '采购项目数量',
    '采购总金额',
  ],
  tables: [
    {
      id: 'national-2019.proactive',
      title: { zh: '主动公开政府信息情况', en: 'Proactive disclosure of government information' },
      headingKeys: ['主动公开政府信息情况', '第二十条第(一)项'],
      rows: PROACTIVE_2019.map((row) => ({
        id: row.id,
        code: null,
        zh: row.zh,
        en: row.en,
        parent: 'table.proactive',
        unit: row.columns[0]?.unit ?? 'entry',
        category: 'proactive',
        keys: [row.zh, ...row.aliases],
        columns: row.columns.map(({ id, zh, en, unit, signed }) => ({
          id,
          zh,
          en,
          unit,
          ...(signed ? { signed } : {}),
        })),
      })),
    },
    applicationsTable('national-2019', APPLICATION_ROWS_2019),
    reviewTable('national-2019'),
  ],
  headings: HEADINGS_2019,
  rules: NATIONAL_2019_RULES,
}
