import type { Grid } from '../input/document.ts'
import { classifyCells, isValueCell, type TableLine } from './table-line.ts'

/**
 * The rows of a web page's or PDF's table as table lines. A label cell merged over several rows
 * (三、本年度办理结果, （三）不予公开) labels each of them; a figure cell is read only in the row
 * it is published in. A cell merged over several columns is one value, as its header is one
 * column: the 商业企业 cells of a Word export that span two grid columns count once.
 */
export function gridLines(grid: Grid): TableLine[] {
  return grid.rows.map((gridRow, r) => {
    const cells = [...gridRow.cells].sort((a, b) => a.col - b.col)
    const { labels, unit, values, valueIndexes } = classifyCells(cells.map((cell) => cell.text))
    const line: TableLine = { line: gridRow.line, labels, unit, values: [], places: [] }
    const merged: string[] = []
    valueIndexes.forEach((index, k) => {
      const cell = cells[index]
      if (!cell) return
      if (cell.row !== r) {
        // A figure merged down from the row above belongs to that row; a blank one is nothing.
        if ((values[k] ?? '') !== '') merged.push(`"${values[k]}" (column ${cell.col + 1})`)
        return
      }
      line.values.push(values[k] ?? '')
      line.places?.push({ table: grid.index, row: r, column: cell.col })
    })
    if (merged.length > 0) {
      line.unreadable = `the cell ${merged.join(', ')} is merged with the row above (rowspan), so it is not known which row's figure it is`
    }
    return line
  })
}

/** Whether a row of text is a row of cells: tab-separated (a browser copy) or Markdown pipes. */
function cellsOf(text: string): string[] | null {
  const trimmed = text.trim()
  if (trimmed.includes('|')) {
    if (/^\|?\s*:?-{2,}/.test(trimmed)) return [] // a Markdown separator row
    const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '')
    const cells = inner.split('|').map((cell) => cell.trim())
    return cells.length >= 2 ? cells : null
  }
  if (text.includes('\t')) {
    const cells = text.split('\t').map((cell) => cell.trim())
    return cells.length >= 2 ? cells : null
  }
  return null
}

/**
 * Table lines of a text whose table rows are tab-separated (copied from a browser) or Markdown
 * pipes. A merged label cell is printed on its first sub-row's line only, before that sub-row's
 * own label: both are label cells, and the innermost one names the row.
 */
export function delimitedLines(lines: readonly string[]): TableLine[] {
  const out: TableLine[] = []
  lines.forEach((text, i) => {
    const cells = cellsOf(text)
    if (!cells || cells.length === 0) return
    const { labels, unit, values } = classifyCells(cells)
    if (values.length === 0 && labels.length === 0) return
    out.push({ line: i + 1, labels, unit, values })
  })
  return out
}

/** How many lines of a text are rows of cells (tabs or pipes) holding a figure. */
export const delimitedRowCount = (lines: readonly string[]) =>
  lines.filter((text) => {
    const cells = cellsOf(text)
    return cells !== null && cells.some((cell) => cell !== '' && isValueCell(cell) && /\d/.test(cell))
  }).length
