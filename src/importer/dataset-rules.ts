import { type Rule, ruleMetricIds } from '../domain/report-schema.ts'
import type { BalanceRule } from './balance.ts'
import { formatSpec, metricInfo } from './formats/formats.ts'
import { buildReport, type ReportBase } from './to-dataset.ts'
import type { ImportResult, TableFormat } from './types.ts'

/** The statutory balance rules the importer checks for a format. */
export const balanceRules = (format: TableFormat): readonly BalanceRule[] =>
  formatSpec(format).rules

function toRule(rule: BalanceRule, en: (id: string) => string): Rule {
  const label = (english: string) => ({ zh: rule.label, en: english })
  switch (rule.kind) {
    case 'sum':
      return {
        ...rule,
        label: label(`The ${rule.terms.length} parts add up to “${en(rule.total)}”`),
      }
    case 'covers':
      return {
        ...rule,
        label: label(`“${en(rule.total)}” is at most the sum of its ${rule.terms.length} parts`),
      }
    case 'equal-sums':
      return {
        ...rule,
        label: label(`${rule.left.map(en).join(' + ')} = ${rule.right.map(en).join(' + ')}`),
      }
    case 'at-most':
      return { ...rule, label: label(`“${en(rule.left)}” is at most “${en(rule.right)}”`) }
  }
}

/**
 * The balance rules as dataset rules, so that the dashboard's data checks show them. Only rules
 * whose figures are all in the report are kept. The English label is built from the figures'
 * English labels; the Chinese one is the rule's own.
 */
export function datasetRules(format: TableFormat, metricIds: ReadonlySet<string>): Rule[] {
  const en = (id: string) => metricInfo(format, id)?.label.en ?? id
  return balanceRules(format)
    .map((rule) => toRule(rule, en))
    .filter((rule) => ruleMetricIds(rule).every((id) => metricIds.has(id)))
}

/**
 * A whole dataset report from an import: the figures read, the report's own details from `base`
 * (id, meta, sections: what a table does not say), and the format's balance rules as data checks.
 */
export function importedReport(text: string, result: ImportResult, base: ReportBase) {
  if (!result.format) return { ok: false as const, issues: ['no statistics table was read'] }
  const ids = new Set(result.figures.flatMap((figure) => (figure.id ? [figure.id] : [])))
  return buildReport(text, result, {
    ...base,
    rules: [...(base.rules ?? []), ...datasetRules(result.format, ids)],
  })
}
