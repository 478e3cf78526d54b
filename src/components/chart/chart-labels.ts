/** UI strings of the shared chart parts, Chinese first. */
export const CHART_LABELS = {
  barChart: { zh: '柱状图', en: 'Bar chart' },
  donutChart: { zh: '环形图', en: 'Donut chart' },
} as const
