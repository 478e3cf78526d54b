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
