import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** Interface strings of the embed code dialog and the gallery link, Chinese first. */
export const EMBED_CODE_LABELS = {
  embed: { zh: '嵌入', en: 'Embed' },
  embedChart: { zh: '嵌入图表“{title}”', en: 'Embed the chart “{title}”' },
  dialogTitle: { zh: '嵌入图表：{title}', en: 'Embed the chart: {title}' },
  dialogIntro: {
    zh: '把以下代码粘贴到网页中即可显示此图表。图表注明数据来源，高度自动适应内容。',
    en: 'Paste this code into a web page to show the chart. The chart names its source and sizes itself to its content.',
  },
  close: { zh: '关闭', en: 'Close' },
  options: { zh: '嵌入选项', en: 'Embed options' },
  language: { zh: '语言', en: 'Language' },
  theme: { zh: '配色', en: 'Theme' },
  themeSystem: { zh: '跟随系统', en: 'System' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  showTitle: { zh: '显示标题', en: 'Show the title' },
  snippet: { zh: '嵌入代码', en: 'Embed code' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: {
    zh: '无法使用剪贴板。代码已选中，请手动复制（Ctrl+C 或 ⌘C）。',
    en: 'The clipboard is not available. The code is selected: copy it yourself (Ctrl+C or ⌘C).',
  },
  gallery: { zh: '嵌入图表库', en: 'Embed gallery' },
} satisfies Record<string, LocalizedText>

export const embedCodeLabel = makeLabels(EMBED_CODE_LABELS)
