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

type CopiedRow = { line: number; cells: string[] }

const TAB_ONLY = /^[ \u00a0\u3000]*\t[ \u00a0\u3000]*$/

/**
 * The rows of a browser copy. A plain table copies one row a line, cells apart by tabs. A table
 * whose cells hold paragraphs (Word exports) copies each cell's paragraphs on lines of their own,
 * a line holding only a tab between two cells, and two or more empty lines between two rows.
 */
function copiedRows(lines: readonly string[]): CopiedRow[] {
  const tabOnly = lines.filter((line) => TAB_ONLY.test(line)).length
  if (tabOnly < 5) {
    return lines.flatMap((text, i) => {
      const cells = cellsOf(text)
      return cells && cells.length > 0 ? [{ line: i + 1, cells }] : []
    })
  }
  const rows: CopiedRow[] = []
  let cells: string[] = []
  let cell = ''
  let first = 0
  let blanks = 0
  const figure = (text: string) => /\d/.test(text) && isValueCell(text)
  const closeCell = () => {
    cells.push(cell.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    cell = ''
  }
  const endRow = () => {
    if (cell !== '') closeCell()
    if (cells.length >= 2) rows.push({ line: first, cells })
    cells = []
  }
  lines.forEach((text, i) => {
    if (text.trim() === '' && !text.includes('\t')) {
      blanks++
      return
    }
    if (blanks >= 2) endRow()
    const paragraph = blanks === 1
    blanks = 0
    text.split('\t').forEach((part, k) => {
      if (k > 0) closeCell()
      const piece = part.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
      if (piece === '') return
      if (cells.length === 0 && cell === '') first = i + 1
      if (
        k > 0 &&
        cell === '' &&
        !figure(piece) &&
        cells.length > 0 &&
        figure(cells.at(-1) ?? '')
      ) {
        // Text after a row's figures, past a tab: what follows the table (an indented heading).
        endRow()
        first = i + 1
        cell = piece
        return
      }
      if (cell === '' || !paragraph || k > 0) {
        cell += piece
        return
      }
      // A new paragraph in the same cell: a label broken over lines ("三、本" "年度办理结果")
      // joins; after a figure, text starts what follows the table; a figure starts a cell.
      if (figure(cell) && !figure(piece)) {
        endRow()
        first = i + 1
        cell = piece
      } else if (figure(piece)) {
        closeCell()
        cell = piece
      } else cell += piece
    })
  })
  endRow()
  return rows
}

/**
 * Table lines of a text whose table rows are tab-separated (copied from a browser) or Markdown
 * pipes. A merged label cell is printed on its first sub-row's line only, before that sub-row's
 * own label: both are label cells, and the innermost one names the row.
 */
export function delimitedLines(lines: readonly string[]): TableLine[] {
  return copiedRows(lines).flatMap(({ line, cells }) => {
    const { labels, unit, values } = classifyCells(cells)
    if (values.length === 0 && labels.length === 0) return []
    return [{ line, labels, unit, values }]
  })
}

/** How many rows of a text are rows of cells (tabs or pipes) holding a figure. */
export const delimitedRowCount = (lines: readonly string[]) =>
  copiedRows(lines).filter(({ cells }) =>
    cells.some((cell) => cell !== '' && isValueCell(cell) && /\d/.test(cell)),
  ).length

/**
 * Table lines of text laid out in columns (`pdftotext -layout`, a PDF read by pdfjs): cells apart
 * by two or more spaces. A label wrapped above its figures ("2、政府公报公开数" over "条 0 0") joins
 * the line of figures below it; a short tail wrapped below ("数" of "同意部分公开答复数") joins the
 * label above.
 */
export function layoutLines(lines: readonly string[]): TableLine[] {
  const out: TableLine[] = []
  let pending: { line: number; labels: string[] } | null = null
  let last: { row: TableLine; at: number } | null = null
  lines.forEach((text, i) => {
    const cells = text
      .replace(/\f/g, '')
      .split(/\t|[ \u00a0\u3000]{2,}/)
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
    if (cells.length === 0) return
    const { labels, unit, values } = classifyCells(cells)
    if (values.length === 0) {
      const tail = labels.join('')
      if (pending === null && last && last.at === i - 1 && tail.length <= 3) {
        const { row } = last
        row.labels = [...row.labels.slice(0, -1), `${row.labels.at(-1) ?? ''}${tail}`]
        return
      }
      pending = { line: i + 1, labels }
      return
    }
    const row: TableLine =
      labels.length === 0 && pending
        ? { line: pending.line, labels: pending.labels, unit, values }
        : { line: i + 1, labels, unit, values }
    out.push(row)
    pending = null
    last = { row, at: i }
  })
  return out
}
