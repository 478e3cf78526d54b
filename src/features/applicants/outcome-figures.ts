import type { Figure, FigureMap } from '#src/domain/figures.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { applicantsLabel } from './labels.ts'

type Outcome = { key: string; short: LocalizedText; parts?: readonly string[] }

/**
 * 三、本年度办理结果 (一)–(六). The groups (三)–(六) print no total of their own in the 2021 table:
 * the chart adds up their rows. A report that prints a group as one row (the 2019 table's
 * (六) 其他处理) is drawn from that row.
 */
export const OUTCOMES: readonly Outcome[] = [
  { key: 'granted', short: { zh: '予以公开', en: 'Disclosed' } },
  { key: 'partly-granted', short: { zh: '部分公开', en: 'Partly disclosed' } },
  {
    key: 'refused',
    short: { zh: '不予公开', en: 'Refused' },
    parts: [
      'state-secret',
      'prohibited',
      'security-stability',
      'third-party',
      'internal-affairs',
      'process-information',
      'enforcement-files',
      'query-matters',
    ],
  },
  {
    key: 'unavailable',
    short: { zh: '无法提供', en: 'Cannot be provided' },
    parts: ['not-held', 'needs-creation', 'unclear'],
  },
  {
    key: 'not-processed',
    short: { zh: '不予处理', en: 'Not processed' },
    parts: ['petition', 'repeated', 'publications', 'mass-repeated', 'confirmation'],
  },
  {
    key: 'other',
    short: { zh: '其他处理', en: 'Otherwise handled' },
    parts: ['not-corrected', 'fee-unpaid', 'other'],
  },
]

export const RESULTS_TOTAL = 'applications.results-total.total'

/** One bar: the figure (as printed, or the sum of `parts`), its short name and its rows. */
export type OutcomeBar = { figure: Figure; short: LocalizedText; parts: Figure[] }

const totalId = (...keys: string[]) => `applications.${keys.join('.')}.total`

/** "1." → "1": a row number as a range names it. */
const rowNumber = (figure: Figure, fallback: number) => {
  const code = figure.kind === 'reported' ? figure.table?.code : null
  return /\d+/.exec(code ?? '')?.[0] ?? String(fallback)
}

/** "第1–8项" / "rows 1–8": the rows a group's sum adds up. */
export function rowsText(parts: readonly Figure[], locale: Locale): string {
  const first = parts[0]
  const last = parts.at(-1)
  if (!first || !last) return ''
  const from = rowNumber(first, 1)
  const to = rowNumber(last, parts.length)
  return applicantsLabel(from === to ? 'row' : 'rows', locale, { from, to })
}

/** A group's total as the sum of its rows; not reported when any row is blank. */
function groupSum(outcome: Outcome, parts: Figure[], locale: Locale): Figure {
  const values = parts.map((part) => part.value)
  const blank = values.some((value) => value === null)
  const rows = rowsText(parts, locale)
  const arithmetic = values.map((value) => (value === null ? '?' : String(value))).join(' + ')
  return {
    kind: 'computed',
    id: totalId(outcome.key),
    label: { zh: `${outcome.short.zh}：总计`, en: `${outcome.short.en}: total` },
    unit: parts[0]?.unit ?? 'piece',
    value: blank ? null : values.reduce<number>((sum, value) => sum + (value ?? 0), 0),
    approximate: parts.some((part) => part.approximate),
    category: 'applications',
    computed: {
      inputs: parts.map((part) => part.id),
      expression: `${applicantsLabel('sumOf', locale, { rows })} = ${arithmetic}`,
      method: {
        zh: applicantsLabel('sumMethod', 'zh', {
          group: outcome.short.zh,
          rows: rowsText(parts, 'zh'),
        }),
        en: applicantsLabel('sumMethod', 'en', {
          group: outcome.short.en,
          rows: rowsText(parts, 'en'),
        }),
      },
    },
  }
}

/**
 * The outcome bars the report can give, in the table's order: a printed total where there is one,
 * else the sum of the group's rows (computed, with its rows); a group with no row is left out.
 */
export function outcomeBars(figures: FigureMap, locale: Locale): OutcomeBar[] {
  return OUTCOMES.flatMap((outcome) => {
    const printed = figures.get(totalId(outcome.key))
    if (printed?.kind === 'reported') return [{ figure: printed, short: outcome.short, parts: [] }]
    const parts = (outcome.parts ?? []).flatMap((part) => {
      const figure = figures.get(totalId(outcome.key, part))
      return figure ? [figure] : []
    })
    if (parts.length === 0) return []
    return [{ figure: groupSum(outcome, parts, locale), short: outcome.short, parts }]
  })
}

/** The figures with the computed group totals added, so that tables and clicks can find them. */
export function withOutcomeSums(figures: FigureMap, locale: Locale): FigureMap {
  const sums = outcomeBars(figures, locale).filter(({ figure }) => figure.kind === 'computed')
  if (sums.length === 0) return figures
  const out = new Map(figures)
  for (const { figure } of sums) out.set(figure.id, figure)
  return out
}
