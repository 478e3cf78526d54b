import type { Figure } from '#src/domain/figures.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { figureItem } from './chart-figures.ts'
import type { ItemFormatter } from './chart-parts.ts'

/** A row (category) or a column (series) of a grouped bar chart, with the short name it prints. */
export type GridAxis = { key: string; short: LocalizedText }

/**
 * Figures laid out as a grouped bar chart draws them: `cells[column][row]`, undefined where the
 * report has no such figure. Rows and columns of which the report has no figure at all are left
 * out, so a report in another table format draws what it has and nothing else.
 */
export type FigureGrid<R extends GridAxis = GridAxis, C extends GridAxis = GridAxis> = {
  rows: R[]
  columns: C[]
  cells: (Figure | undefined)[][]
}

export function figureGrid<R extends GridAxis, C extends GridAxis>(
  figures: Map<string, Figure>,
  rows: readonly R[],
  columns: readonly C[],
  id: (row: R, column: C) => string,
): FigureGrid<R, C> {
  const has = (row: R, column: C) => figures.has(id(row, column))
  const keptRows = rows.filter((row) => columns.some((column) => has(row, column)))
  const keptColumns = columns.filter((column) => keptRows.some((row) => has(row, column)))
  return {
    rows: keptRows,
    columns: keptColumns,
    cells: keptColumns.map((column) => keptRows.map((row) => figures.get(id(row, column)))),
  }
}

/**
 * One column's bars: a figure item (ChartHost reports its id on click; a blank one draws no bar),
 * or an empty slot without an id where the report lacks the figure, so nothing reads it as 0.
 */
export function gridSeriesData(grid: FigureGrid, column: number, locale: Locale) {
  return grid.rows.map((row, index) => {
    const figure = grid.cells[column]?.[index]
    const name = pick(row.short, locale)
    return figure ? figureItem(figure, name) : { name, value: '-' as const }
  })
}

/**
 * A tooltip formatter for a chart of several series: the item at the params' seriesIndex and
 * dataIndex, rendered from the figure the cell was built from; '' for an empty slot.
 */
export function atSeriesDataIndex<T>(
  cells: readonly (readonly (T | undefined)[])[],
  text: (item: T) => string,
): ItemFormatter {
  return (params) => {
    const item = (Array.isArray(params) ? params[0] : params) as
      | { seriesIndex?: number; dataIndex?: number }
      | undefined
    const found = cells[item?.seriesIndex ?? 0]?.[item?.dataIndex ?? -1]
    return found === undefined ? '' : text(found)
  }
}
