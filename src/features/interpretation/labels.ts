import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** Interface strings of the responses-and-interpretation panel, Chinese first. */
export const INTERPRETATION_LABELS = {
  title: { zh: '回应解读', en: 'Responses and interpretation' },
  chart: {
    zh: '回应解读情况（统计表第二项）：{items}',
    en: 'Responses and interpretation (table, part 2): {items}',
  },
  zeroNote: {
    zh: '“0”为报告填报的数字，不是缺失。',
    en: '“0” is the figure the report gives, not a missing value.',
  },
  detailsNote: {
    zh: '统计表中新闻发布会、在线访谈的“其中”项，以及正文所列政策性文件数：',
    en: 'The table’s “of which” rows under press conferences and online interviews, and the policy documents named in the text:',
  },
  listSeparator: { zh: '；', en: '; ' },
} satisfies Record<string, LocalizedText>

export type InterpretationLabel = keyof typeof INTERPRETATION_LABELS

/** A label in the active locale with its {placeholders} filled in. */
export const interpretationLabel = makeLabels(INTERPRETATION_LABELS)
