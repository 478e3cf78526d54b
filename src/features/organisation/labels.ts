import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the organisation panel, Chinese first. */
export const ORGANISATION_LABELS = {
  title: { zh: '机构建设与培训', en: 'Organisation, staff and training' },
  staffTitle: { zh: '政府信息公开工作人员', en: 'Staff working on disclosure' },
  blankCell: {
    zh: '：统计表中此栏空白，报告未填写数字，故显示为“未报告”，不是 0。',
    en: ': the statistics table leaves this cell blank, so it reads “Not reported”, not 0.',
  },
  fromText: { zh: '以下为正文所列', en: 'Stated in the report text' },
} satisfies Record<string, LocalizedText>

/** A label in the active locale with its {placeholders} filled in. */
export const organisationLabel = makeLabels(ORGANISATION_LABELS)
