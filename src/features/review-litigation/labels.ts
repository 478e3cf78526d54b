/** UI strings of the review and litigation panel, Chinese first. */
export const labels = {
  title: {
    zh: '行政复议、行政诉讼和举报投诉',
    en: 'Administrative reviews, litigation and complaints',
  },
  noneThisYear: {
    zh: '本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉',
    en: 'There were no administrative reviews, lawsuits or complaints about disclosure this year',
  },
  tableCaption: {
    zh: '统计表 四、五、六：行政复议、行政诉讼和举报投诉数量',
    en: 'Statistics table, sections 4–6: reviews, lawsuits and complaints',
  },
} as const
