import type { Metric, Report, Rule } from './report-schema.ts'
import { ruleMetricIds } from './report-schema.ts'

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'not-applicable'

export type CheckResult = {
  rule: Rule
  status: CheckStatus
  /** The figures the rule looked at, as the report prints them. */
  figures: Pick<Metric, 'id' | 'label' | 'value' | 'asWritten' | 'approximate'>[]
  /** What was compared, e.g. "0 + 252 + 1356 + 837 + 30 = 2475". */
  detail: string
}

/** Rates the report states in whole percents are compared to the computed rate within this margin. */
const RATE_TOLERANCE = 0.5

export function evaluateRules(report: Report): CheckResult[] {
  const byId = new Map(report.metrics.map((metric) => [metric.id, metric]))
  return report.rules.map((rule) => {
    const figures = ruleMetricIds(rule).flatMap((id) => {
      const metric = byId.get(id)
      return metric ? [metric] : []
    })
    const value = (id: string) => byId.get(id)?.value ?? null
    const missing = ruleMetricIds(rule).filter((id) => value(id) === null)
    if (missing.length > 0) {
      return {
        rule,
        status: 'not-applicable',
        figures,
        detail: `not reported: ${missing.join(', ')}`,
      }
    }
    return { rule, figures, ...compareRule(rule, (id) => value(id) ?? 0, byId) }
  })
}

/**
 * One rule over figures that are all reported: whether it holds, and what was compared. The
 * importer's balance checks (`src/importer/balance.ts`) are evaluated here too.
 */
export function compareRule(
  rule: Rule,
  v: (id: string) => number,
  byId: ReadonlyMap<string, Pick<Metric, 'asWritten' | 'approximate'>> = new Map(),
): { status: CheckStatus; detail: string } {
  switch (rule.kind) {
    case 'sum': {
      const sum = total(rule.terms.map(v))
      const ok = sum === v(rule.total)
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${rule.terms.map(v).join(' + ')} = ${sum} ${ok ? '=' : '≠'} ${v(rule.total)}`,
      }
    }
    case 'sum-to': {
      const sum = total(rule.terms.map(v))
      const ok = sum === rule.expected
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${rule.terms.map(v).join(' + ')} = ${sum} ${ok ? '=' : '≠'} ${rule.expected}`,
      }
    }
    case 'equal-sums': {
      const left = total(rule.left.map(v))
      const right = total(rule.right.map(v))
      const ok = left === right
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${rule.left.map(v).join(' + ')} = ${left} ${ok ? '=' : '≠'} ${rule.right.map(v).join(' + ')} = ${right}`,
      }
    }
    case 'covers': {
      const sum = total(rule.terms.map(v))
      const ok = v(rule.total) <= sum
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${v(rule.total)} ${ok ? '≤' : '>'} ${rule.terms.map(v).join(' + ')} = ${sum}`,
      }
    }
    case 'at-most': {
      const ok = v(rule.left) <= v(rule.right)
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${v(rule.left)} ${ok ? '≤' : '>'} ${v(rule.right)}`,
      }
    }
    case 'same-figure': {
      const left = byId.get(rule.left)
      const right = byId.get(rule.right)
      const detail = `“${left?.asWritten}” / “${right?.asWritten}”`
      if (v(rule.left) !== v(rule.right)) return { status: 'fail', detail }
      // Same number, but one place says 余 (more than) and the other does not.
      if (left?.approximate !== right?.approximate) return { status: 'warn', detail }
      return { status: 'pass', detail }
    }
    case 'stated-rate': {
      const rate = (v(rule.numerator) / v(rule.denominator)) * 100
      const ok = Number.isFinite(rate) && Math.abs(rate - v(rule.stated)) <= RATE_TOLERANCE
      return {
        status: ok ? 'pass' : 'fail',
        detail: `${v(rule.numerator)} ÷ ${v(rule.denominator)} = ${round(rate)}% ${ok ? '≈' : '≠'} ${v(rule.stated)}%`,
      }
    }
  }
}

/** Rounded to a millionth so that decimal figures (96171.6 万元) add up exactly. */
const total = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6
const round = (value: number) => Math.round(value * 100) / 100
