import type { Locale } from './locale.ts'

/** Interface strings, Chinese first. Report data carries its own labels. */
export const messages = {
  appTitle: { zh: '政府信息公开年度报告看板', en: 'Government Information Disclosure Dashboard' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'English（切换到英文）', en: '中文 (switch to Chinese)' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  errorTitle: { zh: '无法加载此部分', en: 'This part could not be loaded' },
  panelCrashed: { zh: '此部分显示出错', en: 'This part failed to display' },
  empty: { zh: '暂无数据', en: 'No data' },
  reportPeriod: { zh: '统计期限', en: 'Period' },
  filedOn: { zh: '填报日期', en: 'Filed on' },
  publishedAt: { zh: '发布网站', en: 'Published at' },
  sourceUrlNotStated: { zh: '报告未注明', en: 'Not stated in the report' },
  contact: { zh: '联系方式', en: 'Contact' },
  headlines: { zh: '核心指标', en: 'Headline figures' },
  source: { zh: '来源', en: 'Source' },
  sourceOf: { zh: '查看原文出处', en: 'Show in the report' },
  tableCell: {
    zh: '原网页第 {table} 个表格，第 {row} 行第 {column} 列',
    en: 'published page, table {table}, row {row}, column {column}',
  },
  computed: { zh: '计算值', en: 'Computed' },
  approximate: { zh: '约数', en: 'Approximate' },
  notReported: { zh: '未报告', en: 'Not reported' },
  reportText: { zh: '报告原文', en: 'Report text' },
  reportTextProvenance: {
    zh: '第 1–{n} 行（灰色）是导入时记下的来源与提取方式，不属于报告原文。',
    en: 'Lines 1–{n} (grey) record where the text came from and how it was extracted; they are not part of the report.',
  },
  reportTextNote: {
    zh: '每个数字都链接到它在报告中的行。',
    en: 'Every figure links to its line in the report (original Chinese text).',
  },
  print: { zh: '打印', en: 'Print' },
  noHeadlineForFilter: {
    zh: '所选类别没有核心指标，详见下方各图表。',
    en: 'No headline figure in the selected categories; see the charts below.',
  },
  viewChart: { zh: '图表', en: 'Chart' },
  viewTable: { zh: '表格', en: 'Table' },
  download: { zh: '下载', en: 'Download' },
  imageUnavailable: {
    zh: '图表尚未绘制完成，无法导出图片。',
    en: 'The chart is not drawn yet, so there is no image to save.',
  },
  indicator: { zh: '指标', en: 'Indicator' },
  figure: { zh: '数值', en: 'Figure' },
  note: { zh: '说明', en: 'Note' },
  downloadDataset: { zh: '下载数据集（JSON）', en: 'Download the dataset (JSON)' },
  patterns: { zh: '图案填充', en: 'Patterns' },
  reportList: { zh: '报告列表', en: 'Reports' },
  dataChecks: { zh: '数据核验', en: 'Data checks' },
  noReports: { zh: '没有可显示的报告', en: 'There is no report to show' },
  line: { zh: '第{n}行', en: 'line {n}' },
  selectHint: {
    zh: '点击图形中的一项，查看它在报告中的出处。',
    en: 'Click an element of the chart to see where the report states it.',
  },
  filterLegend: { zh: '按类别筛选', en: 'Filter by category' },
  allCategories: { zh: '全部', en: 'All' },
  themeLabel: { zh: '配色', en: 'Theme' },
  themeSystem: { zh: '跟随系统', en: 'System' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  notInReport: { zh: '本报告未包含', en: 'Not in this report' },
  notInFormat: {
    zh: '本报告使用{format}，该表没有以下部分：{names}。',
    en: 'This report uses the {format}, which has no rows for: {names}.',
  },
  notInText: {
    zh: '报告未给出以下部分的数字：{names}。',
    en: 'The report gives no figures for: {names}.',
  },
  noPanelsForFilter: { zh: '所选类别没有可显示的图表', en: 'No chart in the selected categories' },
} satisfies Record<string, Record<Locale, string>>

export type MessageKey = keyof typeof messages

/** Values for a string's {placeholders}; a missing one reads as empty. */
export type MessageVars = Record<string, string | number>

/**
 * The lookup for one dictionary of interface strings: the string in the locale with its
 * {placeholders} filled in. Each feature keeps its own dictionary next to its code.
 */
export function makeLabels<Key extends string>(dictionary: Record<Key, Record<Locale, string>>) {
  return (key: Key, locale: Locale, vars: MessageVars = {}): string =>
    dictionary[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''))
}

export const t = makeLabels(messages)
