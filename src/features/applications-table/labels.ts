import type { LocalizedText } from '#src/domain/report-schema.ts'
import { makeLabels } from '#src/lib/messages.ts'

/** UI strings of the 2019/2021 applications table, Chinese first. Row names come from the data. */
export const APPLICATIONS_TABLE_LABELS = {
  title: {
    zh: '收到和处理政府信息公开申请情况（统计表）',
    en: 'Applications received and handled (statistics table)',
  },
  caption: { zh: '{heading}（单位：件）', en: '{heading} (cases)' },
  defaultHeading: {
    zh: '三、收到和处理政府信息公开申请情况',
    en: '3. Applications received and handled',
  },
  applicants: { zh: '申请人情况', en: 'Applicants' },
  organisations: { zh: '法人或其他组织', en: 'Legal persons and other organisations' },
  indicator: { zh: '统计指标', en: 'Indicator' },
  source: { zh: '来源', en: 'Source' },
  cellTitle: { zh: '{label} · {line}', en: '{label} · {line}' },
  scrollHint: {
    zh: '表格较宽：左右滑动可查看全部列，行名保持可见。',
    en: 'The table is wide: scroll sideways to see every column; the row names stay in view.',
  },
  note: {
    zh: '“未报告”表示报告中该格为空，不作 0 处理。点击行号查看报告原文。',
    en: '“Not reported” marks a cell the report leaves blank; it is not read as 0. A line number opens the report text.',
  },
} satisfies Record<string, LocalizedText>

export const applicationsTableLabel = makeLabels(APPLICATIONS_TABLE_LABELS)

export const ORGANISATION_COLUMNS = 5

/**
 * The table's group headings, as the 2021 format prints them: used when the report's own
 * headings (tableHeadings) have not arrived. The report's headings win.
 */
export const FALLBACK_HEADINGS = [
  {
    id: 'table.applications',
    code: '三',
    label: { zh: '收到和处理政府信息公开申请情况', en: 'Applications received and handled' },
    parent: null,
  },
  {
    id: 'table.applications.results',
    code: '三',
    label: { zh: '本年度办理结果', en: 'Outcomes this year' },
    parent: 'table.applications',
  },
  {
    id: 'table.applications.refused',
    code: '(三)',
    label: { zh: '不予公开', en: 'Refused' },
    parent: 'table.applications.results',
  },
  {
    id: 'table.applications.unavailable',
    code: '(四)',
    label: { zh: '无法提供', en: 'Cannot be provided' },
    parent: 'table.applications.results',
  },
  {
    id: 'table.applications.not-processed',
    code: '(五)',
    label: { zh: '不予处理', en: 'Not processed' },
    parent: 'table.applications.results',
  },
  {
    id: 'table.applications.other',
    code: '(六)',
    label: { zh: '其他处理', en: 'Otherwise handled' },
    parent: 'table.applications.results',
  },
] as const
