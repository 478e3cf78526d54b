import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the review and litigation panel, Chinese first. */
export const REVIEW_LITIGATION_LABELS = {
  title: {
    zh: '行政复议、行政诉讼和举报投诉',
    en: 'Administrative reviews, litigation and complaints',
  },
  noneThisYear: {
    zh: '本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉',
    en: 'There were no administrative reviews, lawsuits or complaints about disclosure this year',
  },
  tableCaption: {
    zh: '统计表 四、五、六：行政复议、行政诉讼和举报投诉数量',
    en: 'Statistics table, sections 4–6: reviews, lawsuits and complaints',
  },
} satisfies Record<string, LocalizedText>

/** A label in the active locale with its {placeholders} filled in. */
export const reviewLitigationLabel = makeLabels(REVIEW_LITIGATION_LABELS)
