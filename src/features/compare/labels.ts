import type { LocalizedText } from '#src/domain/report-schema.ts'
import { TABLE_FORMAT_SHORT } from '#src/domain/table-formats.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the compare and trend panels, Chinese first. */
export const COMPARE_LABELS = {
  compareTitle: { zh: '与其他报告对比', en: 'Compared with another report' },
  trendTitle: { zh: '本机关历年对比', en: 'This agency over the years' },
  compareWith: { zh: '对比', en: 'Compare with' },
  chooseReport: { zh: '选择一份报告', en: 'Choose a report' },
  choosePrompt: {
    zh: '选择另一份报告，与本报告逐项并排比较。',
    en: 'Choose another report to set its figures beside this one’s.',
  },
  noOtherReport: {
    zh: '数据集中没有可对比的其他报告。',
    en: 'The dataset holds no other report to compare with.',
  },
  unknownCompare: {
    zh: '地址中的对比报告“{id}”不在数据集中，请在上方另选一份。',
    en: 'The report “{id}” named in the address (compare=) is not in the dataset; choose another above.',
  },
  sameReport: {
    zh: '地址中的对比报告就是本报告，请在上方另选一份。',
    en: 'The address compares this report with itself; choose another above.',
  },
  currentNotListed: {
    zh: '报告列表中没有当前报告，无法对比。',
    en: 'The current report is not in the report list, so there is nothing to compare.',
  },
  yearsDiffer: {
    zh: '两份报告的年份不同（{years}）：差异可能来自年份，而不只是机关。',
    en: 'The reports are for different years ({years}): differences may come from the year as well as the agency.',
  },
  formatsDiffer: {
    zh: '报告使用不同的统计表（{formats}）：某表没有的指标在表格中注明原因，不计为 0。',
    en: 'The reports use different statistics tables ({formats}): a figure a table lacks says why in the table and is never counted as 0.',
  },
  approximateRows: {
    zh: '标“≈”的指标在这些统计表中口径相近但不相同，差别见表格的“说明”栏。',
    en: 'Figures marked “≈” are close but not the same in these tables; the table’s Note column says how they differ.',
  },
  ownScale: {
    zh: '每项指标的柱按该项的最大值缩放，各项之间的柱长不可比；数字标在柱旁。',
    en: 'Each figure’s bars are scaled to its own largest value, so bar lengths compare within a figure only; the numbers are beside the bars.',
  },
  oneYear: {
    zh: '数据集中只有本机关一年的报告',
    en: 'The dataset holds one year of this agency’s reports',
  },
  wouldCompare: {
    zh: '有更多年份的报告时，将逐年比较以下指标：',
    en: 'With more years, these figures would be compared year by year:',
  },
  reportLoading: { zh: '正在加载{name}…', en: 'Loading {name}…' },
  reportFailed: { zh: '无法加载{name}', en: '{name} could not be loaded' },
  chartName: { zh: '分组柱状图', en: 'Grouped bar chart' },
  tableCaption: { zh: '逐项对比：{names}', en: 'Figure by figure: {names}' },
  notInFormat: { zh: '本表无此项', en: 'Not in this table' },
  approximateMatch: { zh: '口径相近', en: 'Close match' },
  notDrawn: {
    zh: '图中未画出（见表格）：{names}',
    en: 'Not drawn (see the table): {names}',
  },
  year: { zh: '{year}年', en: '{year}' },
  selectHint: {
    zh: '点击图中的柱，查看该数字在报告中的出处。',
    en: 'Click a bar to see where the report states the figure.',
  },
} satisfies Record<string, LocalizedText>

export const compareLabel = makeLabels(COMPARE_LABELS)

/** The statistics-table formats, short enough for a column heading or a select option. */
/** The table formats' short names, shared with the report picker's notes. */
export const FORMAT_SHORT = TABLE_FORMAT_SHORT
