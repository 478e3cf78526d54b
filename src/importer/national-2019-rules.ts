import type { BalanceRule } from './balance.ts'
import { APPLICATION_ROWS_2019 } from './national-2019-rows.ts'
import { applicationBalanceRules, applicationId, reviewId } from './national-2021-rules.ts'

export { applicationId, reviewId }

/**
 * The balance rules of the 2019 trial tables, as printed over table 三 ("本列数据的勾稽关系为：
 * 第一项加第二项之和，等于第三项加第四项之和"): the same as the 2021 rules, with the same ids, over
 * the 2019 rows, where （六）其他处理 is one row.
 */
export const NATIONAL_2019_RULES: readonly BalanceRule[] = applicationBalanceRules(
  APPLICATION_ROWS_2019,
  (row) => `${row.code ?? ''}${row.zh}`,
)
