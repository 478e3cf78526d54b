import {
  COMPARABLE_FIGURES,
  type ComparableFigure,
  type ComparableValue,
  comparability,
  comparableValue,
} from '#src/domain/comparable-figures.ts'
import type { LocalizedText, Report, TableFormat } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { compareLabel, FORMAT_SHORT } from './labels.ts'

/** One report set beside the others: a column of the table, a series of the chart. */
export type Column = {
  reportId: string
  agency: LocalizedText
  year: number
  format: TableFormat
  /** The report the page shows; its source lines are on the page. */
  current: boolean
}

export type Row = {
  figure: ComparableFigure
  /** One per column, in column order. */
  cells: ComparableValue[]
  /** 'approximate' when any two columns that have the figure only roughly match. */
  match: 'same' | 'approximate'
  /** Drawn in the chart: a count that at least two columns report. */
  drawn: boolean
}

export type Comparison = { columns: Column[]; rows: Row[] }

/**
 * The comparable figures of `reports`, one column each in the order given. A figure no report's
 * format has is left out; a figure some lack stays, to say why.
 */
export function buildComparison(reports: readonly Report[], currentId: string): Comparison {
  const columns = reports.map((report) => ({
    reportId: report.id,
    agency: report.meta.agency,
    year: report.meta.year,
    format: report.meta.tableFormat,
    current: report.id === currentId,
  }))
  const rows = COMPARABLE_FIGURES.flatMap((figure): Row[] => {
    const cells = reports.map((report) => comparableValue(report, figure.id))
    if (cells.every((cell) => cell.status === 'not-in-format')) return []
    const reported = cells.filter((cell) => cell.value !== null).length
    return [
      {
        figure,
        cells,
        match: matchOf(figure, columns),
        drawn: reported >= 2 && figure.unit !== 'ten-thousand-yuan',
      },
    ]
  })
  return { columns, rows }
}

function matchOf(figure: ComparableFigure, columns: readonly Column[]): Row['match'] {
  const approximate = columns.some((a) =>
    columns.some((b) => comparability(figure, a.format, b.format) === 'approximate'),
  )
  return approximate ? 'approximate' : 'same'
}

/** Columns of one agency are named by year alone; otherwise by agency and year. */
export function columnName(column: Column, columns: readonly Column[], locale: Locale): string {
  const year = compareLabel('year', locale, { year: column.year })
  const oneAgency = columns.every((other) => other.agency.zh === column.agency.zh)
  return oneAgency ? year : `${pick(column.agency, locale)} ${year}`
}

/** Notes the reader needs before trusting a difference: other years, other table formats. */
export function comparisonNotes(comparison: Comparison, locale: Locale): string[] {
  const { columns } = comparison
  const notes: string[] = []
  const years = [...new Set(columns.map((column) => column.year))]
  const agencies = new Set(columns.map((column) => column.agency.zh))
  if (years.length > 1 && agencies.size > 1) {
    const list = years.map((year) => compareLabel('year', locale, { year }))
    notes.push(
      compareLabel('yearsDiffer', locale, { years: list.join(locale === 'zh' ? '、' : ', ') }),
    )
  }
  const formats = [...new Set(columns.map((column) => column.format))]
  if (formats.length > 1) {
    const list = formats.map((format) => pick(FORMAT_SHORT[format], locale))
    notes.push(
      compareLabel('formatsDiffer', locale, { formats: list.join(locale === 'zh' ? '、' : ', ') }),
    )
  }
  if (comparison.rows.some((row) => row.match === 'approximate')) {
    notes.push(compareLabel('approximateRows', locale))
  }
  return notes
}

/** A row's name in the chart and table: its label, with ≈ where the formats only roughly match. */
export function rowName(row: Row, locale: Locale): string {
  const label = pick(row.figure.label, locale)
  return row.match === 'approximate' ? `${label} ≈` : label
}
