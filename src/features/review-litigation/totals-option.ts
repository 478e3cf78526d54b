import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { buildFigureBarOption } from '#src/components/chart/figure-bar-option.ts'

/** The table's rows 四, 五 and 六, with the bars' short names. */
export const TOTALS: readonly ShortLabel[] = [
  { id: 'review.total', short: { zh: '行政复议', en: 'Reviews' } },
  { id: 'litigation.total', short: { zh: '行政诉讼', en: 'Lawsuits' } },
  { id: 'complaints.total', short: { zh: '举报投诉', en: 'Complaints' } },
]

export function buildReviewTotalsOption(input: ChartInput) {
  return buildFigureBarOption(input, TOTALS)
}
