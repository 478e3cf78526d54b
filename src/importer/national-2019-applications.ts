import { hasTabs, isValueCell, webCells } from './national-2019-cells.ts'
import { placeByPosition } from './national-2019-columns.ts'
import { APPLICATION_ROWS_2019 as ROWS } from './national-2019-rows.ts'
import { applicationId } from './national-2019-rules.ts'
import {
  blankFrom,
  type Cell2021,
  error,
  figureFrom,
  type Read2021,
} from './national-2021-figures.ts'
import { APPLICANT_COLUMNS } from './national-2021-rows.ts'
import { labelBefore, type NumberToken, numberTokens } from './number-tokens.ts'
import { splitCells } from './split-cells.ts'
import { clip, compact, fold, listed, readCode } from './text.ts'

export const APPLICATIONS_TABLE_2019 = 'national-2019.applications'
const WIDTH = APPLICANT_COLUMNS.length

/** The cells of one row as found: text and line each, "" for a blank cell. */
export type RowCells = { line: number; cells: { text: string; line: number }[]; note?: string }

/** The row whose label a line carries, if exactly one row's label is in it. */
export function rowOfLabel2019(label: string): number | null {
  const text = compact(label).text
  const rest = text.slice(readCode(text).length)
  const hits = ROWS.flatMap((row, index) =>
    row.keys.some((key) => text.includes(key)) || row.exact === rest ? [index] : [],
  )
  return hits.length === 1 ? (hits[0] ?? null) : null
}

/** 收到和处理政府信息公开申请情况: 23 rows by seven applicant columns. */
export function readApplications2019(
  lines: readonly string[],
  from: number,
  to: number,
  pages: readonly number[] = [],
): Read2021 {
  const out: Read2021 = { figures: [], problems: [] }
  const rows = hasTabs(lines, from, to)
    ? cellRows(lines, from, to, out)
    : tokenRows(lines, from, to, pages, out)
  if (!rows) return out
  rows.forEach((row, index) => {
    const meta = ROWS[index]
    if (!meta || !row) return
    APPLICANT_COLUMNS.forEach((column, c) => {
      const cell: Cell2021 = {
        id: applicationId(meta.id, column.id),
        table: APPLICATIONS_TABLE_2019,
        rowLabel: meta.zh,
        column: column.zh,
        code: meta.code,
        unit: 'piece',
      }
      const printed = row.cells[c]
      if (!printed || fold(printed.text).trim() === '')
        blankFrom(cell, printed?.line ?? row.line, out)
      else figureFrom(cell, printed, out, row.note)
    })
  })
  const missing = ROWS.flatMap((row, index) => (rows[index] ? [] : [`${row.code ?? ''}${row.zh}`]))
  if (missing.length > 0) {
    out.problems.push(
      error(
        from,
        `收到和处理政府信息公开申请情况: ${missing.length} row(s) not read (expected after this line): ${listed(missing)}`,
      ),
    )
  }
  return out
}

/** A table copied from a web page: each row's label cell, then its seven cells. */
function cellRows(lines: readonly string[], from: number, to: number, out: Read2021) {
  const cells = webCells(lines, from, to)
  const value = cells.map(isValueCell)
  const rows: (RowCells | undefined)[] = []
  const seen = new Map<number, number>()
  cells.forEach((cell, index) => {
    if (value[index]) return
    const row = rowOfLabel2019(cell.text)
    // A heading cell ("总计" over the columns) is followed by more headings, not by figures.
    if (row === null || !value[index + 1]) return
    const first = seen.get(row)
    if (first !== undefined) {
      // Which of the two is the row is unknown: neither is read.
      const message = `"${clip(cell.text)}" appears again (first on line ${first + 1}); neither read`
      out.problems.push(error(cell.line, message))
      rows[row] = undefined
      return
    }
    seen.set(row, cell.line)
    // The cells of a row run up to the next label: more than seven, and which is extra is unknown.
    let values = 0
    while (values <= WIDTH && value[index + 1 + values]) values++
    if (values !== WIDTH) {
      const found = values > WIDTH ? `more than ${WIDTH}` : values
      out.problems.push(
        error(cell.line, `"${clip(cell.text)}": ${found} cells for ${WIDTH} columns; row not read`),
      )
      return
    }
    rows[row] = { line: cell.line, cells: cells.slice(index + 1, index + 1 + WIDTH) }
  })
  return rows
}

/** Text extracted from a PDF, with or without layout. */
function tokenRows(
  lines: readonly string[],
  from: number,
  to: number,
  pages: readonly number[],
  out: Read2021,
) {
  const tokens = numberTokens(lines, from, to)
  if (tokens.length === 0) {
    out.problems.push(error(from, '收到和处理政府信息公开申请情况: no figures found in the table'))
    return null
  }
  const byLine = new Map<number, NumberToken[]>()
  for (const token of tokens) {
    const line = byLine.get(token.line)
    if (line) line.push(token)
    else byLine.set(token.line, [token])
  }
  const rowLines = [...byLine.values()]
  const layout = rowLines.filter((row) => row.length >= 2).length * 2 >= rowLines.length
  if (layout) return layoutRows(lines, from, to, byLine, pages, out)
  const expected = ROWS.length * WIDTH
  if (tokens.length !== expected) {
    out.problems.push(
      error(
        from,
        `收到和处理政府信息公开申请情况 (lines ${from + 1}–${to}): found ${tokens.length} figures, expected ${expected} (${ROWS.length} rows × ${WIDTH} columns); without the layout the importer cannot tell which row each belongs to, nor which cells are blank`,
      ),
    )
    return null
  }
  return ROWS.map((_, index): RowCells => {
    const mine = tokens.slice(index * WIDTH, (index + 1) * WIDTH)
    return { line: mine[0]?.line ?? from, cells: mine }
  })
}

/**
 * `pdftotext -layout`: a row to a line, its label before its figures. A label wrapped onto lines
 * of its own takes the figures of the next line that names no row; a label whose row gets no
 * figures is a row of blank cells.
 */
function layoutRows(
  lines: readonly string[],
  from: number,
  to: number,
  byLine: Map<number, NumberToken[]>,
  pages: readonly number[],
  out: Read2021,
) {
  const found: { row: number; line: number; tokens: NumberToken[] }[] = []
  const rows: (RowCells | undefined)[] = []
  let pending: { row: number; line: number } | null = null
  let next = 0
  const blankPending = () => {
    if (pending && !rows[pending.row] && !found.some((f) => f.row === pending?.row)) {
      rows[pending.row] = { line: pending.line, cells: [] }
    }
    pending = null
  }
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const tokens = byLine.get(i) ?? []
    const first = tokens[0]
    const label = rowOfLabel2019(first ? labelBefore(lines, first) : (lines[i] ?? ''))
    if (!first) {
      if (label !== null) {
        blankPending()
        pending = { row: label, line: i }
      }
      continue
    }
    let row = label
    if (row === null && pending && i - pending.line <= 2) row = pending.row
    if (row !== null && row !== pending?.row) blankPending()
    pending = null
    row ??= next
    if (row >= ROWS.length || found.some((f) => f.row === row)) {
      out.problems.push(error(i, 'figures that fit no row of the table; not read'))
      continue
    }
    found.push({ row, line: i, tokens })
    next = row + 1
  }
  blankPending()
  const placed = placeByPosition(lines, found, pages, out)
  for (const { row, line, tokens } of found) {
    const cells = readRow(tokens, line, placed.get(line), out)
    if (cells) rows[row] = cells
  }
  return rows
}

const balanced = (values: number[]) =>
  values.slice(0, -1).reduce((a, b) => a + b, 0) === values[values.length - 1]

/** A row's seven cells from its figures: all seven, run together, or placed by position. */
function readRow(
  tokens: NumberToken[],
  line: number,
  placed: RowCells | undefined,
  out: Read2021,
): RowCells | null {
  if (tokens.length === WIDTH) return { line, cells: tokens }
  if (placed) return placed
  const texts = tokens.map((t) => fold(t.text))
  const shown = clip(texts.join(' '), 60)
  if (tokens.length < WIDTH) {
    const split = splitCells(texts, WIDTH, balanced)
    if (split.kind === 'one') {
      const note = `cells run together ("${shown}") split as ${split.values.join(' | ')}, the only split whose columns add up to its 总计`
      out.problems.push({ line: line + 1, severity: 'warning', message: note })
      return { line, note, cells: split.values.map((text) => ({ text, line })) }
    }
  }
  out.problems.push(
    error(
      line,
      `"${shown}": ${tokens.length} figures for ${WIDTH} columns; cannot tell which cells are blank; row not read`,
    ),
  )
  return null
}
