import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the report picker, Chinese first. */
export const REPORT_PICKER_LABELS = {
  legend: { zh: '报告', en: 'Report' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  format: { zh: '统计表格式', en: 'Table format' },
  unknownReport: {
    zh: '数据集中没有报告“{id}”，下面显示的是默认报告。',
    en: 'The dataset has no report “{id}”; the default report is shown below.',
  },
} satisfies Record<string, LocalizedText>
export const reportPickerLabel = makeLabels(REPORT_PICKER_LABELS)
