import type { BalanceRule } from './balance.ts'
import { APPLICATION_ROWS_2019 } from './national-2019-rows.ts'
import { APPLICANT_COLUMNS, REVIEW_BLOCKS_2021, REVIEW_COLUMNS } from './national-2021-rows.ts'
import { applicationId, reviewId } from './national-2021-rules.ts'

export { applicationId, reviewId }

const ORGANISATIONS = APPLICANT_COLUMNS.filter((column) => column.id !== 'total')
/** （一）予以公开 to （六）其他处理: the rows between 二 and （七）总计. */
const HANDLED = APPLICATION_ROWS_2019.slice(2, -2)

/**
 * The balance rules of the 2019 trial tables, as printed over table 三 ("本列数据的勾稽关系为：
 * 第一项加第二项之和，等于第三项加第四项之和"): every row's applicant columns add up to its 总计;
 * 一 + 二 = 三（七）总计 + 四 in every column; （一）to（六）add up to（七）总计, with （六）其他处理 as
 * one row; and each review or lawsuit block adds up to its own 总计. The ids are those of the
 * 2021 rules, which say the same.
 */
export const NATIONAL_2019_RULES: readonly BalanceRule[] = [
  ...APPLICATION_ROWS_2019.map(
    (row): BalanceRule => ({
      id: `applications.${row.id}.by-applicant`,
      label: `${row.code ?? ''}${row.zh}：自然人与各类法人或其他组织之和 = 总计`,
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
      terms: HANDLED.map((row) => applicationId(row.id, column.id)),
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
