import type { CheckStatus } from '#src/domain/checks.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { makeLabels } from '#src/lib/messages.ts'

export const CHECKS_LABELS = {
  summary: {
    zh: '共 {total} 项核验：{pass} 项通过，{warn} 项提示，{fail} 项不通过，{na} 项无法核验。',
    en: '{total} checks — pass: {pass}, warning: {warn}, fail: {fail}, not checked: {na}.',
  },
  rule: { zh: '核验规则', en: 'Rule' },
  result: { zh: '结果', en: 'Result' },
  detail: { zh: '核验的数字', en: 'Figures compared' },
  figureSources: { zh: '{n} 个数字及其出处', en: '{n} figures and their sources' },
  blankTitle: { zh: '报告未填报的数字', en: 'Figures the report leaves blank' },
  crossYearTitle: { zh: '与 {year} 年报告核对', en: 'Checked against the {year} report' },
  crossYearNote: {
    zh: '同一机关相邻两年的报告应当衔接：上年结转下年度的申请数、现行有效的文件数。不一致之处是两份报告本身的矛盾，两年的数字都照原样列出，不作更正。',
    en: 'Two consecutive reports of one agency should join up: applications carried forward, documents in force. A mismatch is the reports’ own inconsistency; both years’ figures are shown as published, and neither is corrected.',
  },
  crossYearMissing: {
    zh: '本机关 {year} 年的报告不在数据集中，无法与上年核对（数据集中有本机关 {years} 年的报告）。',
    en: 'This agency’s {year} report is not in the dataset, so nothing is checked against the year before (the dataset has its reports of {years}).',
  },
  crossYearOwn: { zh: '（报告本身前后不一致）', en: '(the reports disagree)' },
  blankNone: { zh: '报告没有留空的数字。', en: 'The report leaves no figure blank.' },
  blankNote: {
    zh: '空白单元格按“未报告”处理，不按 0 计算。',
    en: 'A blank cell is treated as not reported, never as 0.',
  },
} satisfies Record<string, LocalizedText>

export const checksLabel = makeLabels(CHECKS_LABELS)

/** Status words with a symbol, so the result never depends on colour alone. */
export const STATUS_TEXT: Record<CheckStatus, Record<Locale, string>> = {
  pass: { zh: '✓ 通过', en: '✓ Pass' },
  warn: { zh: '! 提示', en: '! Warning' },
  fail: { zh: '✗ 不通过', en: '✗ Fail' },
  'not-applicable': { zh: '– 无法核验', en: '– Not checked' },
}
