/** UI strings of the organisation panel, Chinese first. */
export const labels = {
  title: { zh: '机构建设与培训', en: 'Organisation, staff and training' },
  staffTitle: { zh: '政府信息公开工作人员', en: 'Staff working on disclosure' },
  blankCell: {
    zh: '：统计表中此栏空白，报告未填写数字，故显示为“未报告”，不是 0。',
    en: ': the statistics table leaves this cell blank, so it reads “Not reported”, not 0.',
  },
  fromText: { zh: '以下为正文所列', en: 'Stated in the report text' },
} as const
