import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the 2021 table's proactive-disclosure panel, Chinese first. */
export const PROACTIVE_2021_LABELS = {
  title: {
    zh: '规章、规范性文件和行政执法决定',
    en: 'Rules, normative documents and enforcement decisions',
  },
  documentsChart: { zh: '分组柱状图：{items}', en: 'Grouped bar chart: {items}' },
  documentItems: { zh: '{kind}：{figures}', en: '{kind}: {figures}' },
  documentsLead: {
    zh: '制发、废止和现行有效的规章与行政规范性文件',
    en: 'Rules and normative documents issued, repealed and in force',
  },
  decisionsLead: {
    zh: '本年处理决定数量和收费金额',
    en: 'Decisions made and fees charged this year',
  },
  listSeparator: { zh: '；', en: '; ' },
  itemSeparator: { zh: '，', en: ', ' },
} satisfies Record<string, LocalizedText>

export const proactive2021Label = makeLabels(PROACTIVE_2021_LABELS)
