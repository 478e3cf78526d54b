import type { RowCells } from './national-2019-applications.ts'
import type { Read2021 } from './national-2021-figures.ts'
import { APPLICANT_COLUMNS } from './national-2021-rows.ts'
import type { NumberToken } from './number-tokens.ts'
import { fold } from './text.ts'

type Found = { row: number; line: number; tokens: NumberToken[] }
type Cluster = { center: number; tokens: NumberToken[] }

/** Centers closer than this (in characters) are one column. */
const SAME_COLUMN = 2

const centre = (t: NumberToken) => t.start + t.text.length / 2
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const amountOf = (t: NumberToken) => Number(fold(t.text).replace(/[^\d.]/g, ''))

/**
 * Rows with blank cells in `pdftotext -layout` text: the figures of a page sit at the same
 * positions row after row (each page has its own grid), so the columns of a page are where its
 * figures are. Rows of seven figures give every column's place; else the figures' places are
 * grouped, the last group is 总计 where a row adds up to it, and the columns no row fills are put
 * in the one gap wider than twice any other (the first group is then 自然人). Figures pressed
 * against a long label are moved right by their row's first figure. Anything else is left
 * unplaced. Each page placed is reported as a warning, with its reading of the columns.
 */
export function placeByPosition(
  lines: readonly string[],
  found: Found[],
  pages: readonly number[],
  out: Read2021,
): Map<number, RowCells> {
  const placed = new Map<number, RowCells>()
  const width = APPLICANT_COLUMNS.length
  const pageOf = (line: number) => pages.filter((start) => start <= line).length
  for (const page of new Set(found.map((f) => pageOf(f.line)))) {
    // Rows of more figures than columns are not read, and say nothing of the columns.
    const rows = found.filter((f) => pageOf(f.line) === page && f.tokens.length <= width)
    const short = rows.filter((f) => f.tokens.length < width && f.tokens.length > 0)
    if (short.length === 0) continue
    const pressed = (t: NumberToken) => isPressed(lines, t)
    const columns = columnsOf(rows, width, pressed)
    if (!columns) continue
    const read: number[] = []
    for (const f of short) {
      const cells = place(f, columns, pressed)
      if (!cells) continue
      const note = 'placed in its column by its position on the page (blank cells between)'
      placed.set(f.line, { line: f.line, note, cells })
      read.push(f.line + 1)
    }
    if (read.length === 0) continue
    const reading = columns.centers
      .map((c, i) => (c === null ? null : `${Math.round(c)} → ${APPLICANT_COLUMNS[i]?.zh}`))
      .filter(Boolean)
    const empty = columns.centers.flatMap((c, i) => (c === null ? [APPLICANT_COLUMNS[i]?.zh] : []))
    out.problems.push({
      line: read[0] ?? null,
      severity: 'warning',
      message: `收到和处理政府信息公开申请情况: rows with blank cells (lines ${read.join(', ')}) placed by the positions of their figures: ${reading.join(', ')}${empty.length ? `; ${empty.join('、')} blank in every row of the page` : ''}. Check against the original.`,
    })
  }
  return placed
}

type Columns = { centers: (number | null)[] }

/** Where each column's figures sit on a page, or null when the page does not say. */
function columnsOf(
  rows: Found[],
  width: number,
  pressed: (t: NumberToken) => boolean,
): Columns | null {
  const full = rows.filter((f) => f.tokens.length === width)
  if (full.length > 0) {
    const centers = Array.from({ length: width }, (_, c) => {
      const at = full.map((f) => centre(f.tokens[c] as NumberToken)).sort((a, b) => a - b)
      return at[Math.floor(at.length / 2)] ?? null
    })
    return { centers }
  }
  const tokens = rows.flatMap((f) => f.tokens.filter((t, i) => i > 0 || !pressed(t)))
  const clusters: Cluster[] = []
  for (const t of [...tokens].sort((a, b) => centre(a) - centre(b))) {
    const last = clusters.at(-1)
    if (last && centre(t) - last.center <= SAME_COLUMN) {
      last.tokens.push(t)
      last.center = sum(last.tokens.map(centre)) / last.tokens.length
    } else clusters.push({ center: centre(t), tokens: [t] })
  }
  if (clusters.length < 2 || clusters.length > width) return null
  // Two figures of one row in one group: the positions do not tell the columns apart.
  for (const f of rows) {
    const groups = f.tokens.map((t) => clusters.findIndex((c) => c.tokens.includes(t)))
    if (new Set(groups.filter((g) => g >= 0)).size < groups.filter((g) => g >= 0).length) {
      return null
    }
  }
  const total = clusters.at(-1) as Cluster
  const adds = rows.some((f) => {
    const last = f.tokens.at(-1)
    return (
      f.tokens.length >= 2 &&
      last !== undefined &&
      total.tokens.includes(last) &&
      sum(f.tokens.slice(0, -1).map(amountOf)) === amountOf(last)
    )
  })
  if (!adds) return null
  const parts = clusters.slice(0, -1)
  const missing = width - 1 - parts.length
  const gaps = clusters.slice(1).map((c, i) => c.center - (clusters[i] as Cluster).center)
  const order = gaps.map((_, i) => i).sort((a, b) => (gaps[b] ?? 0) - (gaps[a] ?? 0))
  const [widest, second] = order
  if (widest === undefined) return null
  if (missing > 0 && second !== undefined && (gaps[widest] ?? 0) < 2 * (gaps[second] ?? 0)) {
    return null
  }
  const centers: (number | null)[] = []
  parts.forEach((cluster, i) => {
    centers.push(cluster.center)
    if (i === widest) for (let k = 0; k < missing; k++) centers.push(null)
  })
  while (centers.length < width - 1) centers.push(null)
  centers.push(total.center)
  return { centers }
}

/** A figure printed one space after its label: pdftotext has pushed it left of its column. */
function isPressed(lines: readonly string[], t: NumberToken): boolean {
  const before = fold(lines[t.line] ?? '').slice(0, t.start)
  return before.trim() !== '' && !/\s\s$/.test(before)
}

function place(
  f: Found,
  columns: Columns,
  pressed: (t: NumberToken) => boolean,
): RowCells['cells'] | null {
  const known = columns.centers.flatMap((c, i) => (c === null ? [] : [{ c, i }]))
  const first = f.tokens[0]
  if (!first || known.length === 0) return null
  const spacing = Math.min(...known.slice(1).map((k, i) => k.c - (known[i]?.c ?? 0)))
  const tolerance = Math.max(SAME_COLUMN, spacing / 2.5)
  // A figure pressed against its label is moved right to the nearest column at or after it.
  const shift = pressed(first)
    ? (known.find((k) => k.c >= centre(first) - SAME_COLUMN)?.c ?? centre(first)) - centre(first)
    : 0
  const cells: RowCells['cells'] = columns.centers.map(() => ({ text: '', line: f.line }))
  let after = -1
  for (const t of f.tokens) {
    const at = centre(t) + shift
    const near = known.map((k) => ({ ...k, d: Math.abs(k.c - at) })).sort((a, b) => a.d - b.d)[0]
    if (!near || near.d > tolerance || near.i <= after) return null
    cells[near.i] = { text: t.text, line: t.line }
    after = near.i
  }
  return cells
}
