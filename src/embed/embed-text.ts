import type { Locale } from '#src/lib/locale.ts'

// Its own lookup rather than makeLabels: importing the dashboard's messages would add them to
// every embed page's script.

const TEXT = {
  source: { zh: '来源', en: 'Source' },
  openDashboard: { zh: '查看完整看板', en: 'Open the full dashboard' },
  dataTable: { zh: '数据表与下载', en: 'Data table and downloads' },
  download: { zh: '下载', en: 'Download' },
  badParam: {
    zh: '嵌入参数 {name} 的值“{value}”无效，可用的值：{allowed}。已按默认值显示。',
    en: 'The embed parameter {name} has an invalid value “{value}”; allowed: {allowed}. Showing the default.',
  },
  unknownChart: {
    zh: '没有名为“{id}”的图表。可嵌入的图表：{list}。',
    en: 'There is no chart named “{id}”. Charts you can embed: {list}.',
  },
  missingChart: {
    zh: '嵌入地址缺少 chart 参数。可嵌入的图表：{list}。',
    en: 'The embed address has no chart parameter. Charts you can embed: {list}.',
  },
  liveFailed: {
    zh: '无法加载交互图表：{reason}。上方为预先生成的图表。',
    en: 'The interactive chart could not be loaded: {reason}. The chart above was prerendered.',
  },
} satisfies Record<string, Record<Locale, string>>

export function embedText(
  key: keyof typeof TEXT,
  locale: Locale,
  vars: Record<string, string> = {},
): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '')
}
