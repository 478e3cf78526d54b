/** UI strings of the shared statistics table and chart parts, Chinese first. */
export const labels = {
  indicator: { zh: '统计指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  figure: { zh: '统计数', en: 'Figure' },
  ofWhich: { zh: '其中：', en: 'Of which:' },
  barChart: { zh: '柱状图', en: 'Bar chart' },
  donutChart: { zh: '环形图', en: 'Donut chart' },
} as const
