import type { LocalizedText } from './report-schema.ts'

/**
 * The applicant columns of the 2019 and 2021 tables, in the table's order; the metric id of a cell
 * is `<row>.<key>`. The five in the middle sit under 法人或其他组织.
 */
export const APPLICANT_COLUMNS = [
  { key: 'natural-person', short: { zh: '自然人', en: 'Natural persons' } },
  { key: 'business', short: { zh: '商业企业', en: 'Businesses' } },
  { key: 'research', short: { zh: '科研机构', en: 'Research institutions' } },
  { key: 'public-interest', short: { zh: '社会公益组织', en: 'Public-interest organisations' } },
  { key: 'legal-services', short: { zh: '法律服务机构', en: 'Legal service institutions' } },
  { key: 'other-org', short: { zh: '其他', en: 'Other' } },
  { key: 'total', short: { zh: '总计', en: 'Total' } },
] as const satisfies readonly { key: string; short: LocalizedText }[]

/** "予以公开：自然人" → "予以公开": a cell's label without its column, as the row prints it. */
export function rowLabel(label: LocalizedText): LocalizedText {
  const cut = (text: string, separator: string) => {
    const at = text.lastIndexOf(separator)
    return at > 0 ? text.slice(0, at) : text
  }
  return { zh: cut(label.zh, '：'), en: cut(label.en, ': ') }
}
