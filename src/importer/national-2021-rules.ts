import type { BalanceRule } from './balance.ts'
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_2021,
  REVIEW_BLOCKS_2021,
  REVIEW_COLUMNS,
} from './national-2021-rows.ts'

/** "一、本年新收…", "(一)予以公开", "1.属于国家秘密": the row as printed. */
const rowName = (row: { code: string | null; zh: string }) =>
  `${row.code ?? ''}${row.code && /^[一二三四五六七八九十]+$/.test(row.code) ? '、' : ''}${row.zh}`

export const applicationId = (row: string, column: string) => `applications.${row}.${column}`
export const reviewId = (block: string, column: string) => `${block}.${column}`

const ORGANISATIONS = APPLICANT_COLUMNS.filter((column) => column.id !== 'total')

type ApplicationRow = { id: string; code: string | null; zh: string }

/**
 * The balance rules the 2019 trial tables and the 2021 tables share, over the format's rows of
 * table 三 (from 一 to 四; （一）to（六）are the rows between 二 and （七）总计): every row's applicant
 * columns add up to its 总计; 一 + 二 = 三（七）总计 + 四 in every column; （一）to（六）add up to
 * （七）总计; and each review or lawsuit block adds up to its own 总计. `rowLabel` names a row as
 * the format prints it.
 */
export function applicationBalanceRules(
  rows: readonly ApplicationRow[],
  rowLabel: (row: ApplicationRow) => string,
): BalanceRule[] {
  const handled = rows.slice(2, -2)
  return [
    ...rows.map(
      (row): BalanceRule => ({
        id: `applications.${row.id}.by-applicant`,
        label: `${rowLabel(row)}：自然人与各类法人或其他组织之和 = 总计`,
        kind: 'sum',
        terms: ORGANISATIONS.map((column) => applicationId(row.id, column.id)),
        total: applicationId(row.id, 'total'),
      }),
    ),
    ...APPLICANT_COLUMNS.map(
      (column): BalanceRule => ({
        id: `applications.balance.${column.id}`,
        label: `${column.zh}：一 + 二 = 三（七）总计 + 四`,
        kind: 'equal-sums',
        left: [applicationId('new', column.id), applicationId('carried-over', column.id)],
        right: [
          applicationId('results-total', column.id),
          applicationId('carried-forward', column.id),
        ],
      }),
    ),
    ...APPLICANT_COLUMNS.map(
      (column): BalanceRule => ({
        id: `applications.results.${column.id}`,
        label: `${column.zh}：（一）至（六）各项之和 = （七）总计`,
        kind: 'sum',
        terms: handled.map((row) => applicationId(row.id, column.id)),
        total: applicationId('results-total', column.id),
      }),
    ),
    ...REVIEW_BLOCKS_2021.map(
      (block): BalanceRule => ({
        id: `${block.id}.by-outcome`,
        label: `${block.zh}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计`,
        kind: 'sum',
        terms: REVIEW_COLUMNS.slice(0, 4).map((column) => reviewId(block.id, column.id)),
        total: reviewId(block.id, 'total'),
      }),
    ),
  ]
}

/** The statutory balance rules of the 2021 tables (see applicationBalanceRules). */
export const NATIONAL_2021_RULES: readonly BalanceRule[] = applicationBalanceRules(
  APPLICATION_ROWS_2021,
  rowName,
)
