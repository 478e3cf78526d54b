import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_2021,
  HEADINGS_2021,
  PROACTIVE_2021,
  REVIEW_BLOCKS_2021,
  REVIEW_COLUMNS,
  type Row2021,
} from '../../national-2021-rows.ts'
import { NATIONAL_2021_RULES } from '../../national-2021-rules.ts'
import type { ColumnSpec, FormatSpec, RowSpec, TableSpec } from '../spec.ts'

/** Table 三's rows, shared with the 2019 trial format: seven applicant columns each. */
export function applicationRows(rows: readonly Row2021[]): RowSpec[] {
  return rows.map((row) => ({
    id: `applications.${row.id}`,
    code: row.code,
    zh: row.zh,
    en: row.en,
    parent: row.parent,
    unit: 'piece',
    category: 'applications',
    keys: row.keys,
    ...(row.exact ? { exact: row.exact } : {}),
    columns: APPLICANT_COLUMNS,
  }))
}

/** Table 四: one printed row of fifteen figures under a two-level header, three blocks of five. */
export const REVIEW_ROW: RowSpec = {
  id: null,
  code: null,
  zh: '行政复议、行政诉讼',
  en: 'Reconsideration and litigation',
  parent: 'table.review-litigation',
  unit: 'piece',
  category: 'review-litigation',
  keys: [],
  unlabelled: true,
  columns: REVIEW_BLOCKS_2021.flatMap((block) =>
    REVIEW_COLUMNS.map(
      (column): ColumnSpec => ({
        id: `${block.id}.${column.id}`,
        zh: `${block.zh}：${column.zh}`,
        en: `${block.en}: ${column.en}`,
        parent: block.parent,
      }),
    ),
  ),
}

export const applicationsTable = (format: string, rows: readonly Row2021[]): TableSpec => ({
  id: `${format}.applications`,
  title: {
    zh: '收到和处理政府信息公开申请情况',
    en: 'Applications for disclosure received and handled',
  },
  headingKeys: ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量'],
  rows: applicationRows(rows),
})

export const reviewTable = (format: string): TableSpec => ({
  id: `${format}.review-litigation`,
  title: {
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative reconsideration and litigation',
  },
  headingKeys: ['行政复议、行政诉讼情况', '未经复议直接起诉'],
  rows: [REVIEW_ROW],
})

/** The 2021 format (国办公开办函〔2021〕30号). */
export const NATIONAL_2021: FormatSpec = {
  id: 'national-2021',
  label: { zh: '2021 年版统计表', en: '2021 table' },
  markers: ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量'],
  distinctive: [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年收费金额',
    '逾期不补',
    '收费通知',
  ],
  tables: [
    {
      id: 'national-2021.proactive',
      title: { zh: '主动公开政府信息情况', en: 'Proactive disclosure of government information' },
      headingKeys: ['主动公开政府信息情况', '第二十条第(一)项'],
      rows: PROACTIVE_2021.map((row) => ({
        id: row.id,
        code: null,
        zh: row.zh,
        en: row.en,
        parent: 'table.proactive',
        unit: row.unit,
        category: 'proactive',
        keys: [row.zh],
        columns: row.columns,
      })),
    },
    applicationsTable('national-2021', APPLICATION_ROWS_2021),
    reviewTable('national-2021'),
  ],
  headings: HEADINGS_2021,
  rules: NATIONAL_2021_RULES,
}
