import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** Interface strings of the embed gallery (gallery.html), Chinese first. */
export const GALLERY_LABELS = {
  title: { zh: '嵌入图表库', en: 'Embed gallery' },
  documentTitle: {
    zh: '嵌入图表库 · 政府信息公开年度报告看板',
    en: 'Embed gallery · Government Information Disclosure Dashboard',
  },
  intro: {
    zh: '以下图表均可嵌入其他网站：选择语言和配色，复制代码，粘贴到网页中即可。图表注明数据来源，高度自动适应内容。',
    en: 'Every chart below can be embedded in another website: choose the language and theme, copy the code and paste it into a web page. Each chart names its source and sizes itself to its content.',
  },
  catalogue: { zh: '图表目录（embeds.json）', en: 'Chart catalogue (embeds.json)' },
  dashboard: { zh: '返回看板', en: 'Back to the dashboard' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'English（切换到英文）', en: '中文 (switch to Chinese)' },
  chartId: { zh: '图表编号', en: 'Chart id' },
  preview: { zh: '预览：{title}', en: 'Preview: {title}' },
  charts: { zh: '可嵌入的图表', en: 'Charts you can embed' },
} satisfies Record<string, LocalizedText>

export const galleryLabel = makeLabels(GALLERY_LABELS)
