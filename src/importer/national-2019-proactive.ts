import { parseCell } from './cell-value.ts'
import { hasTabs, isValueCell, signedFrom, webCells } from './national-2019-cells.ts'
import { PROACTIVE_2019, type ProactiveRow2019 } from './national-2019-rows.ts'
import {
  blankFrom,
  type Cell2021,
  error,
  figureFrom,
  type Read2021,
} from './national-2021-figures.ts'
import { type NumberToken, numberTokens } from './number-tokens.ts'
import { clip, compact, fold, readCode } from './text.ts'

export const PROACTIVE_TABLE_2019 = 'national-2019.proactive'

const LABELS = PROACTIVE_2019.flatMap((row) =>
  [row.zh, ...row.aliases].map((zh) => ({ row, zh })),
).sort((a, b) => b.zh.length - a.zh.length)

/** Column words of the 2021 format's 第二十条 table, which the 2019 trial format does not print. */
const NEWER = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额']

type Label = { row: ProactiveRow2019; line: number; end: number }
type Cell = { text: string; line: number; blank?: boolean }

/** A line that is a row label, alone or followed only by its figures. */
function readLabel(line: string, index: number): Label | null {
  const { text, at } = compact(line)
  const { length } = readCode(text)
  const rest = text.slice(length)
  const hit = LABELS.find((candidate) => rest.startsWith(candidate.zh))
  if (!hit) return null
  if (!/^[\d.,万元余多约近+\-−]*$/.test(rest.slice(hit.zh.length))) return null
  return { row: hit.row, line: index, end: at[length + hit.zh.length] ?? line.length }
}

/** 第二十条 第（一）（五）（六）（八）（九）项 of the 2019 trial format. */
export function readProactive2019(lines: readonly string[], from: number, to: number): Read2021 {
  const out: Read2021 = { figures: [], problems: [] }
  const region = lines.slice(from, to).map((line) => compact(line).text)
  const newer = NEWER.filter((word) => region.some((text) => text.includes(word)))
  if (newer.length > 0) {
    out.problems.push(
      error(
        from,
        `主动公开政府信息情况: the columns are those of the 2021 format (${newer.join('、')}), not of the 2019 trial format; read the text as national-2021`,
      ),
    )
    return out
  }
  const unit = amountUnit(region.join(''))
  const found = hasTabs(lines, from, to)
    ? readCells(lines, from, to, unit, out)
    : readLines(lines, from, to, unit, out)
  for (const row of PROACTIVE_2019) {
    if (!found.has(row)) {
      out.problems.push(
        error(from, `主动公开政府信息情况: row "${row.zh}" not found after this line`),
      )
    }
  }
  return out
}

/** The unit the 采购总金额 heading gives ("采购总金额（万元）"), if any. */
function amountUnit(region: string): '元' | '万元' | null {
  const match = /采购总金额[(（]?(?:单位[:：])?(万元|元)/.exec(region)
  return (match?.[1] as '元' | '万元' | undefined) ?? null
}

/** Text without tabs: a label line, then its figures on the same or the following lines. */
function readLines(
  lines: readonly string[],
  from: number,
  to: number,
  unit: '元' | '万元' | null,
  out: Read2021,
): Set<ProactiveRow2019> {
  const labels: Label[] = []
  for (let i = from; i < to; i++) {
    const label = readLabel(lines[i] ?? '', i)
    if (label && !labels.some((seen) => seen.row === label.row)) labels.push(label)
  }
  const tokens = numberTokens(lines, from, to)
  labels.forEach((label, k) => {
    const next = labels[k + 1]
    const mine = tokens.filter(
      (t) =>
        (t.line > label.line || (t.line === label.line && t.start >= label.end)) &&
        (!next || t.line < next.line),
    )
    const count = label.row.columns.length
    if (mine.length > count) {
      const shown = clip(mine.map((t) => t.text).join(' '), 60)
      out.problems.push(
        error(
          label.line,
          `${label.row.zh}: ${mine.length} figures (${shown}) for ${count} column(s)`,
        ),
      )
      return
    }
    const columns =
      mine.length === count ? mine.map((_, i) => i) : columnsByPosition(lines, label, mine)
    if (!columns) {
      out.problems.push(
        error(
          label.line,
          `${label.row.zh}: ${mine.length} figure(s) for ${count} columns; cannot tell which cell is blank`,
        ),
      )
      return
    }
    const cells = label.row.columns.map((_, c): Cell => {
      const token = mine[columns.indexOf(c)]
      return token
        ? { text: signed(lines, token), line: token.line }
        : { text: '', line: label.line, blank: true }
    })
    readRow(label.row, cells, unit, out)
  })
  return new Set(labels.map((label) => label.row))
}

/** A figure with the sign printed just before it ("-3", "+12"), for 本年增/减. */
function signed(lines: readonly string[], token: NumberToken): string {
  const before = fold(lines[token.line] ?? '')[token.start - 1] ?? ''
  return /[+\-−﹣]/.test(before) ? `${before}${token.text}` : token.text
}

/** With `pdftotext -layout`, the column each figure sits under, by the heading's positions. */
function columnsByPosition(lines: readonly string[], label: Label, tokens: NumberToken[]) {
  if (tokens.length === 0) return []
  const keys = label.row.columns.map((column) => column.key)
  for (let i = label.line - 1; i >= Math.max(0, label.line - 8); i--) {
    const line = fold(lines[i] ?? '')
    const starts: number[] = []
    for (const key of keys) starts.push(line.indexOf(key, (starts.at(-1) ?? -1) + 1))
    if (starts.some((start) => start < 0)) continue
    const columns = tokens.map((token) => {
      const distances = starts.map((start) => Math.abs(start - token.start))
      return distances.indexOf(Math.min(...distances))
    })
    return new Set(columns).size === columns.length ? columns : null
  }
  return null
}

/** A table copied from a web page: each label cell, then one cell per column. */
function readCells(
  lines: readonly string[],
  from: number,
  to: number,
  unit: '元' | '万元' | null,
  out: Read2021,
): Set<ProactiveRow2019> {
  const cells = webCells(lines, from, to)
  const rows = new Map<ProactiveRow2019, { line: number; cells: Cell[] | null }>()
  cells.forEach((cell, index) => {
    const text = compact(cell.text).text
    const hit = LABELS.find((label) => label.zh === text.slice(readCode(text).length))
    if (!hit || cell.blank) return
    const first = rows.get(hit.row)
    if (first) {
      // Which of the two is the row is unknown: neither is read.
      out.problems.push(
        error(
          cell.line,
          `${hit.row.zh}: appears again (first on line ${first.line + 1}); neither read`,
        ),
      )
      rows.set(hit.row, { ...first, cells: null })
      return
    }
    const count = hit.row.columns.length
    const mine = cells.slice(index + 1, index + 1 + count)
    const extra = cells[index + 1 + count]
    // Exactly its cells up to the next label: one more figure, and which is extra is unknown.
    if (mine.length < count || !mine.every(isValueCell) || (extra && isValueCell(extra))) {
      const shown = clip(mine.map((c) => c.text || '(blank)').join(' | '), 60)
      const more = extra && isValueCell(extra) ? ' …' : ''
      out.problems.push(
        error(
          cell.line,
          `${hit.row.zh}: expected ${count} cells after the label, found "${shown}${more}"`,
        ),
      )
      rows.set(hit.row, { line: cell.line, cells: null })
      return
    }
    rows.set(hit.row, { line: cell.line, cells: mine })
  })
  for (const [row, read] of rows) if (read.cells) readRow(row, read.cells, unit, out)
  return new Set(rows.keys())
}

function readRow(row: ProactiveRow2019, cells: Cell[], unit: '元' | '万元' | null, out: Read2021) {
  row.columns.forEach((column, c) => {
    const printed = cells[c] ?? { text: '', line: 0, blank: true }
    const blank = printed.blank === true || printed.text.trim() === ''
    const base = { table: PROACTIVE_TABLE_2019, rowLabel: row.zh, column: column.zh }
    if (column.signed) {
      signedFrom({ ...base, unit: column.unit }, printed.text, printed.line, out, blank)
      return
    }
    const cell: Cell2021 = { ...base, id: `${row.id}.${column.id}`, code: null, unit: column.unit }
    if (blank) blankFrom(cell, printed.line, out)
    else if (column.unit === 'ten-thousand-yuan') amountFrom(cell, printed, unit, out)
    else figureFrom(cell, printed, out)
  })
}

/** 采购总金额 in 万元: the unit is the cell's, else the heading's; a bare figure is taken as 万元. */
function amountFrom(cell: Cell2021, printed: Cell, unit: '元' | '万元' | null, out: Read2021) {
  const read = parseCell(printed.text, 'ten-thousand-yuan')
  const bare = !('error' in read) && read.value !== null && /\d$/.test(fold(printed.text).trim())
  if (!bare || unit === '万元') return figureFrom(cell, printed, out)
  if (unit === '元') {
    const before = out.figures.length
    figureFrom(cell, { text: `${printed.text.trim()}元`, line: printed.line }, out)
    const figure = out.figures[before]
    if (figure) {
      figure.asWritten = printed.text.trim()
      figure.note = `the heading says 元: converted ${figure.asWritten} 元 to ${figure.value} 万元`
    }
    return
  }
  figureFrom(cell, printed, out, 'no unit printed: read as 万元')
  out.problems.push({
    line: printed.line + 1,
    severity: 'warning',
    message: `${cell.rowLabel}（${cell.column}）: "${clip(printed.text)}" has no unit, and neither has the heading; read as 万元, check the original`,
  })
}
