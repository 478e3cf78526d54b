import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** Interface strings of the proactive-disclosure panels, Chinese first. Figures come from the data. */
export const PROACTIVE_LABELS = {
  channelSplitTitle: { zh: '主动公开渠道分布', en: 'Proactive disclosure by channel' },
  notSummed: {
    zh: '以下为正文所列其他渠道，未计入上图',
    en: 'Other channels named in the text, not part of the split above',
  },
  categoryShareTitle: { zh: '主动公开信息类别', en: 'Proactive disclosure by type' },
  categoryShareChart: {
    zh: '主动公开信息类别占比：{items}',
    en: 'Share of proactive disclosure by type: {items}',
  },
  estimatedCount: { zh: '估算条数', en: 'Estimated items' },
  computed: { zh: '计算值', en: 'Computed' },
  estimateNote: {
    zh: '报告只给出各类占比，未给出各类条数。以下条数为估算：主动公开政府信息总数 × 占比，四舍五入。',
    en: 'The report gives only the share of each type, not counts. The counts below are estimates: total items proactively disclosed × share, rounded.',
  },
  enforcementTitle: { zh: '执法信息公开', en: 'Enforcement disclosure' },
  enforcementLead: {
    zh: '行政许可和行政处罚“双公示”（中国宁夏、信用宁夏网站）',
    en: 'Dual publication of administrative licences and penalties (China Ningxia and Credit Ningxia websites)',
  },
  enforcementChart: {
    zh: '“双公示”审核发布数：{items}',
    en: 'Published under dual publication: {items}',
  },
  licensingMismatch: {
    zh: '行政许可数前后写法不一：{first}写作“{firstValue}”，{second}写作“{secondValue}”。图中采用{second}的数字。',
    en: 'The report writes the licence count two ways: {first} says “{firstValue}”, {second} says “{secondValue}”. The chart uses the figure in {second}.',
  },
  platformsNote: {
    zh: '网上公安局与微博微信（正文）',
    en: 'Online police bureau, Weibo and WeChat (report text)',
  },
  normativeNote: {
    zh: '规范性文件（统计表，主动公开政府信息共 {total}）',
    en: 'Normative documents (table; {total} proactively disclosed in all)',
  },
  listSeparator: { zh: '；', en: '; ' },
} satisfies Record<string, LocalizedText>

export type ProactiveLabel = keyof typeof PROACTIVE_LABELS

/** A label in the active locale with its {placeholders} filled in. */
export const proactiveLabel = makeLabels(PROACTIVE_LABELS)
