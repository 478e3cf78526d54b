import { compareRule } from '../domain/checks.ts'
import type { Rule } from '../domain/report-schema.ts'
import type { CheckFigure, ImportCheck, ImportedFigure } from './types.ts'

/** A statutory balance rule over figure ids. */
export type BalanceRule = { id: string; label: string } & (
  | { kind: 'sum'; terms: string[]; total: string }
  | { kind: 'equal-sums'; left: string[]; right: string[] }
  | { kind: 'at-most'; left: string; right: string }
  /** The total is at most the sum of its parts (the same item may be counted in several parts). */
  | { kind: 'covers'; terms: string[]; total: string }
)

export const ruleIds = (rule: BalanceRule): string[] => {
  switch (rule.kind) {
    case 'sum':
    case 'covers':
      return [...rule.terms, rule.total]
    case 'equal-sums':
      return [...rule.left, ...rule.right]
    case 'at-most':
      return [rule.left, rule.right]
  }
}

export function evaluateBalance(
  rules: readonly BalanceRule[],
  figures: readonly ImportedFigure[],
): ImportCheck[] {
  const byId = new Map<string, ImportedFigure>()
  for (const figure of figures) if (figure.id) byId.set(figure.id, figure)
  return rules.map((rule) => {
    const used = ruleIds(rule).flatMap((id) => {
      const figure = byId.get(id)
      return figure ? [checkFigure(figure)] : []
    })
    const base = { rule: rule.id, label: rule.label, figures: used }
    const missing = ruleIds(rule).filter((id) => byId.get(id)?.value == null)
    if (missing.length > 0) {
      const names = missing.map((id) => {
        const figure = byId.get(id)
        return figure ? `${describe(figure)} is blank` : `${id} was not read`
      })
      return { ...base, ok: null, detail: `not checked: ${names.join('; ')}` }
    }
    // The same evaluator as the dashboard's data checks.
    const asRule = { ...rule, label: { zh: rule.label, en: rule.label } } as Rule
    const { status, detail } = compareRule(asRule, (id) => byId.get(id)?.value ?? 0)
    return { ...base, ok: status === 'pass', detail }
  })
}

const describe = (figure: ImportedFigure) =>
  `${figure.rowLabel}${figure.column ? ` (${figure.column})` : ''} on line ${figure.line}`

const checkFigure = (figure: ImportedFigure): CheckFigure => ({
  id: figure.id,
  rowLabel: figure.rowLabel,
  column: figure.column,
  value: figure.value,
  asWritten: figure.asWritten,
  line: figure.line,
})
