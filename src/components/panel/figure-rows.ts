import type { Figure } from '#src/domain/figures.ts'
import { downloadName, toCsv } from '#src/lib/csv.ts'
import { unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { sectionLabel } from '#src/lib/section-label.ts'

/** Where a figure comes from: its first citation, or for a computed one its first input's. */
export function figureSource(figure: Figure, index: Map<string, Figure>) {
  if (figure.kind === 'reported') return figure.citations[0] ?? null
  for (const id of figure.computed.inputs) {
    const input = index.get(id)
    if (input?.kind === 'reported' && input.citations[0]) return input.citations[0]
  }
  return null
}

const HEADER = {
  zh: ['指标', '数值', '单位', '约数', '计算方法', '来源', '来源行', '原文'],
  en: ['Indicator', 'Value', 'Unit', 'Approximate', 'Computed as', 'Source', 'Line', 'Quote'],
}

/**
 * A chart's figures as CSV rows: the raw number (empty when not reported), the unit, whether the
 * report says 余/约, the arithmetic of a computed figure, and the report line with its words.
 */
export function figuresCsv(figures: readonly Figure[], index: Map<string, Figure>, locale: Locale) {
  const rows = figures.map((figure) => {
    const source = figureSource(figure, index)
    return [
      pick(figure.label, locale),
      figure.value,
      figure.unit === 'percent' ? '%' : unitLabel(figure.unit, locale, figure.value ?? 2),
      figure.approximate ? (figure.kind === 'reported' ? figure.asWritten : '≈') : '',
      figure.kind === 'computed' ? figure.computed.expression : '',
      source ? sectionLabel(source.section, locale) : '',
      source?.line ?? null,
      source?.quote ?? '',
    ]
  })
  return toCsv(HEADER[locale], rows)
}

/** File names that say what they hold: report (agency and year), chart, language. */
export const chartFileName = (reportId: string, chart: string, locale: Locale, ext: string) =>
  downloadName([reportId, chart, locale], ext)

/** Saves `blob` as a file through a temporary link (no server round trip). */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
