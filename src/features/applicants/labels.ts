import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the applicant and outcome panels (2019 and 2021 tables), Chinese first. */
export const APPLICANTS_LABELS = {
  applicantsTitle: {
    zh: '政府信息公开申请：申请人',
    en: 'Applications for disclosure: applicants',
  },
  applicantsChart: {
    zh: '条形图：本年新收申请按申请人类型：{items}',
    en: 'Bar chart: new applications this year by applicant: {items}',
  },
  outcomesTitle: { zh: '政府信息公开申请：办理结果', en: 'Applications for disclosure: outcomes' },
  resultsTotal: { zh: '本年度办理结果总计', en: 'All outcomes this year' },
  outcomesChart: {
    zh: '条形图：本年度办理结果：{items}',
    en: 'Bar chart: outcomes this year: {items}',
  },
  /** The rows a computed group adds up: "第1–8项". */
  rows: { zh: '第{from}–{to}项', en: 'rows {from}–{to}' },
  row: { zh: '第{from}项', en: 'row {from}' },
  sumOf: { zh: '{rows}之和', en: 'sum of {rows}' },
  sumMethod: {
    zh: '{group} = {rows}之和。报告只列出各分项，未列合计。',
    en: '{group} = sum of {rows}. The report lists the rows, not their total.',
  },
  computedNote: {
    zh: '虚线条形为计算值：报告只列出分项，未列合计（{sums}）。点击条形可查看各分项的出处。',
    en: 'Dashed bars are computed: the report lists the rows, not their total ({sums}). Click a bar to see the source of each row.',
  },
  sumItem: { zh: '{group} = {rows}之和', en: '{group} = sum of {rows}' },
  partsOf: { zh: '{group}的分项（{rows}）：', en: 'The rows of {group} ({rows}):' },
  shareOfResults: { zh: '占办理结果总计 {share}', en: '{share} of all outcomes' },
  noStackNote: {
    zh: '各类申请人的办理结果见统计表。',
    en: 'Outcomes by applicant type are in the statistics table.',
  },
  noneReceived: {
    zh: '本年度未收到政府信息公开申请',
    en: 'No applications for disclosure were received this year',
  },
  listSeparator: { zh: '；', en: '; ' },
} satisfies Record<string, LocalizedText>

export const applicantsLabel = makeLabels(APPLICANTS_LABELS)
