import { NATIONAL_2015_ROWS } from '../../national-2015-rows.ts'
import { NATIONAL_2015_RULES } from '../../national-2015-rules.ts'
import type { FormatSpec } from '../spec.ts'

/** The 2015–2018 national table (政府信息公开情况统计表): one table, one figure column (统计数). */
export const NATIONAL_2015: FormatSpec = {
  id: 'national-2015',
  label: { zh: '2015–2018 年版统计表', en: '2015–2018 national table' },
  markers: ['主动公开政府信息数', '依申请公开情况', '收到申请数'],
  distinctive: ['主动公开政府信息数', '回应解读情况', '依申请公开情况'],
  tables: [
    {
      id: 'national-2015',
      title: {
        zh: '政府信息公开情况统计表',
        en: 'Statistics on government information disclosure',
      },
      headingKeys: ['政府信息公开情况统计表', '统计指标', '主动公开情况'],
      rows: NATIONAL_2015_ROWS.filter((row) => row.kind === 'figure').map((row) => ({
        id: row.id,
        code: row.code,
        zh: row.zh,
        en: row.en,
        parent: row.parent,
        unit: row.unit,
        category: row.category,
        keys: [row.key],
        columns: [{ id: null, zh: '统计数', en: 'count' }],
      })),
    },
  ],
  headings: NATIONAL_2015_ROWS.filter((row) => row.kind === 'heading').map(
    ({ id, code, zh, en, parent }) => ({ id, code, zh, en, parent }),
  ),
  rules: NATIONAL_2015_RULES,
}
