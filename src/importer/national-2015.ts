import { readFooter, readTitle } from './national-2015-meta.ts'
import { loneCells, matchRow, readFigure, readTail, type Tail } from './national-2015-row.ts'
import { NATIONAL_2015_ROWS as ROWS } from './national-2015-rows.ts'
import { clip, compact, isBlank, isPageArtefact, listed, printedAs } from './text.ts'
import type { ImportedFigure, ImportedHeading, ImportProblem, ImportResult } from './types.ts'

type Parsed = Pick<ImportResult, 'tables' | 'figures' | 'problems' | 'headings' | 'meta'>

const TABLE = 'national-2015'
const figureRows = ROWS.flatMap((row, index) => (row.kind === 'figure' ? [index] : []))
/** How many lines a label or a note in brackets may wrap over. */
const MAX_WRAP = 3

const isHeader = (line: string) => {
  const text = compact(line).text
  return text.includes('统计指标') && text.includes('单位')
}

/** Reads the 2015–2018 national table (政府信息公开情况统计表) from the lines of a report. */
export function readNational2015(lines: readonly string[]): Parsed {
  const problems: ImportProblem[] = []
  const figures: ImportedFigure[] = []
  const headings: ImportedHeading[] = []
  const foundOn = new Map<number, number>()
  const start = findStart(lines)
  if (start < 0) {
    return {
      tables: [],
      figures,
      headings,
      meta: { title: null, agency: null, year: null, filedOn: null },
      problems: [
        {
          line: null,
          severity: 'error',
          message:
            'no statistics table found: no line reads like the 2015–2018 table (统计指标 | 单位 | 统计数, or a row such as "主动公开政府信息数 条 2475"), nor like the 2021 tables (收到和处理政府信息公开申请情况)',
        },
      ],
    }
  }
  let last = -1
  let lastLine = start
  const unplaced: number[] = []
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line) || isPageArtefact(line) || isHeader(line) || readFooter(line)) continue
    if (readTitle(line)) continue
    // Every row read: the table is over, and the rest of the text is not part of it.
    if (figureRows.every((index) => foundOn.has(index))) break
    const found = matchWrapped(lines, i)
    if (!found) {
      unplaced.push(i)
      continue
    }
    const { match, tail, endsAt } = found
    const index = pickRow(match.candidates, last, foundOn)
    const row = ROWS[index ?? match.candidates[0] ?? 0]
    i = endsAt
    if (index === null || !row) {
      const first = ROWS[match.candidates[0] ?? 0]
      const firstLine = foundOn.get(match.candidates[0] ?? -1)
      problems.push({
        line: endsAt + 1,
        severity: 'error',
        message: `"${first?.zh}" appears again (first on line ${firstLine}); this line is ignored`,
      })
      continue
    }
    foundOn.set(index, endsAt + 1)
    last = index
    lastLine = endsAt
    if (row.kind === 'heading') {
      const { id, code, zh, en, parent } = row
      headings.push({ id, code, label: { zh, en }, parent, line: i + 1 })
      continue
    }
    let cells = tail
    if (cells.printedUnit === null && cells.cell === '') {
      const more = followingCells(lines, i)
      if (more) {
        cells = more.cells
        i = more.endsAt
        lastLine = i
      }
    }
    const read = readFigure(cells, row.unit)
    if ('error' in read) {
      problems.push({ line: i + 1, severity: 'error', message: `${row.zh}: ${read.error}` })
      continue
    }
    const printed = printedAs(cells.printedUnit, row.unit)
    if (printed && printed !== row.unit) {
      problems.push({
        line: i + 1,
        severity: 'warning',
        message: `${row.zh}: 单位 is ${cells.printedUnitWord}, the national table counts this row in ${row.unit}; the figure is kept in ${cells.printedUnitWord}`,
      })
    }
    const { note, ...value } = read
    figures.push({
      id: row.id,
      table: TABLE,
      rowLabel: row.zh,
      column: null,
      code: match.code,
      ...value,
      line: i + 1,
      ...(note ? { note } : {}),
    })
  }
  // A table cut short: the lines just after its last row are where the next rows should be.
  const truncated = !foundOn.has(ROWS.length - 1)
  const nearEnd = unplaced.filter((i) => i > lastLine).slice(0, 3)
  for (const i of unplaced) {
    if (i < lastLine || (truncated && nearEnd.includes(i))) {
      problems.push({
        line: i + 1,
        severity: 'error',
        message: `cannot place "${clip(lines[i] ?? '')}" in the table`,
      })
    }
  }
  problems.push(...missingRows(foundOn, lastLine, lines.length))
  const meta = readMeta(lines, start, lastLine)
  return {
    tables: [
      {
        id: TABLE,
        format: 'national-2015',
        title: meta.title ?? '政府信息公开情况统计表',
        firstLine: start + 1,
        lastLine: lastLine + 1,
      },
    ],
    figures,
    headings,
    problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    meta,
  }
}

/**
 * The first line of the table: its column header, or else its first row with a figure, moved
 * back over the heading rows, the title and blank lines just above it.
 */
function findStart(lines: readonly string[]): number {
  let anchor = lines.findIndex((line, i) => isHeader(line) || isFigureRow(lines, i))
  if (anchor < 0) return -1
  for (let back = 0; back < 8 && anchor > 0; back++) {
    const above = lines[anchor - 1] ?? ''
    const fits = isBlank(above) || readTitle(above) || readFooter(above) || matchRow(above) !== null
    if (!fits) break
    anchor--
  }
  while (isBlank(lines[anchor] ?? 'x')) anchor++
  return anchor
}

function isFigureRow(lines: readonly string[], i: number): boolean {
  const match = matchRow(lines[i] ?? '')
  if (!match) return false
  const tail = readTail(match.tail)
  return tail.kind === 'cells' && tail.printedUnit !== null && tail.cell !== ''
}

type Wrapped = { match: NonNullable<ReturnType<typeof matchRow>>; tail: CellsTail; endsAt: number }
type CellsTail = Extract<Tail, { kind: 'cells' }>

/** A row whose label, or whose note in brackets, may wrap over the next few lines. */
function matchWrapped(lines: readonly string[], i: number): Wrapped | null {
  let joined = ''
  for (let end = i; end < Math.min(lines.length, i + MAX_WRAP); end++) {
    joined = end === i ? (lines[i] ?? '') : `${joined} ${lines[end] ?? ''}`
    const match = matchRow(joined)
    if (!match) continue
    const tail = readTail(match.tail)
    if (tail.kind === 'cells') return { match, tail, endsAt: end }
  }
  return null
}

/** The 单位 cell and figure of a row, when a web copy puts each cell on a line of its own. */
function followingCells(lines: readonly string[], i: number) {
  for (let next = i + 1; next < Math.min(lines.length, i + 4); next++) {
    const line = lines[next] ?? ''
    if (isBlank(line)) continue
    const cells = loneCells(line)
    if (!cells) return null
    if (cells.printedUnit !== null && cells.cell === '') {
      const value = lines.slice(next + 1, next + 3).findIndex((l) => !isBlank(l))
      const after = value < 0 ? null : loneCells(lines[next + 1 + value] ?? '')
      if (after && after.printedUnit === null) {
        return { cells: { ...cells, cell: after.cell }, endsAt: next + 1 + value }
      }
    }
    return { cells, endsAt: next }
  }
  return null
}

/** The row a label stands for: of rows sharing it, the first unfilled one after the last row read. */
function pickRow(candidates: number[], last: number, foundOn: Map<number, number>) {
  const open = candidates.filter((index) => !foundOn.has(index))
  return open.find((index) => index > last) ?? open[0] ?? null
}

function missingRows(foundOn: Map<number, number>, lastLine: number, lineCount: number) {
  const problems: ImportProblem[] = []
  let run: string[] = []
  let after = 0
  const flush = (before: number | null) => {
    if (run.length === 0) return
    const where =
      before === null
        ? `the table stops after line ${lastLine + 1}${lastLine + 1 >= lineCount ? ' (the end of the text)' : ''}`
        : after === 0
          ? `expected before line ${before}`
          : `expected between line ${after} and line ${before}`
    problems.push({
      line: before === null ? lastLine + 1 : after || before,
      severity: 'error',
      message: `${run.length} row${run.length > 1 ? 's' : ''} not found (${where}): ${listed(run)}`,
    })
    run = []
  }
  ROWS.forEach((row, index) => {
    const line = foundOn.get(index)
    if (line !== undefined) {
      flush(line)
      after = line
    } else if (row.kind === 'figure') {
      run.push(`${row.code ?? ''} ${row.zh}`.trim())
    }
  })
  flush(null)
  return problems
}

function readMeta(lines: readonly string[], start: number, end: number) {
  const near = lines.slice(Math.max(0, start - 6), end + 16)
  const title = near.map(readTitle).find((found) => found !== null) ?? null
  const footer = near.map(readFooter)
  const agency = footer.find((f) => f?.agency)?.agency ?? null
  const filedOn = footer.find((f) => f?.filedOn)?.filedOn ?? null
  const year = title ? Number(/(\d{4})\s*年/.exec(title)?.[1] ?? Number.NaN) : Number.NaN
  return { title, agency, filedOn, year: Number.isInteger(year) ? year : null }
}
