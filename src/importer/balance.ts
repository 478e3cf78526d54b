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

const add = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6

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
    const v = (id: string) => byId.get(id)?.value ?? 0
    return { ...base, ...compare(rule, v) }
  })
}

function compare(rule: BalanceRule, v: (id: string) => number): { ok: boolean; detail: string } {
  switch (rule.kind) {
    case 'sum':
    case 'covers': {
      const sum = add(rule.terms.map(v))
      const total = v(rule.total)
      const ok = rule.kind === 'sum' ? sum === total : total <= sum
      const sign = rule.kind === 'sum' ? (ok ? '=' : '≠') : ok ? '≥' : '<'
      return { ok, detail: `${rule.terms.map(v).join(' + ')} = ${sum} ${sign} ${total}` }
    }
    case 'equal-sums': {
      const left = add(rule.left.map(v))
      const right = add(rule.right.map(v))
      const ok = left === right
      const side = (terms: string[], sum: number) => `${terms.map(v).join(' + ')} = ${sum}`
      return {
        ok,
        detail: `${side(rule.left, left)} ${ok ? '=' : '≠'} ${side(rule.right, right)}`,
      }
    }
    case 'at-most': {
      const ok = v(rule.left) <= v(rule.right)
      return { ok, detail: `${v(rule.left)} ${ok ? '≤' : '>'} ${v(rule.right)}` }
    }
  }
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
