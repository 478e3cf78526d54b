import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the review and litigation outcomes panel (2019 and 2021 tables), Chinese first. */
export const REVIEW_OUTCOMES_LABELS = {
  title: {
    zh: '行政复议和行政诉讼结果',
    en: 'Outcomes of administrative reconsideration and litigation',
  },
  chart: {
    zh: '分组条形图：{items}',
    en: 'Grouped bar chart: {items}',
  },
  bodyItems: {
    zh: '{body}（总计 {total}）：{outcomes}',
    en: '{body} ({total} in all): {outcomes}',
  },
  axisTotal: { zh: '总计 {total}', en: '{total} in all' },
  noneThisYear: {
    zh: '本年度未发生因政府信息公开引起的行政复议和行政诉讼',
    en: 'There were no administrative reconsiderations or lawsuits about disclosure this year',
  },
  totals: { zh: '各类案件总计', en: 'Totals' },
  listSeparator: { zh: '；', en: '; ' },
  itemSeparator: { zh: '，', en: ', ' },
} satisfies Record<string, LocalizedText>

export const reviewOutcomesLabel = makeLabels(REVIEW_OUTCOMES_LABELS)
