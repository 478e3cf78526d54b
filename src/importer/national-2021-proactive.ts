import {
  blankFrom,
  type Cell2021,
  error,
  figureFrom,
  type Read2021,
} from './national-2021-figures.ts'
import { PROACTIVE_2021, type ProactiveRow2021 } from './national-2021-rows.ts'
import { type NumberToken, numberTokens } from './number-tokens.ts'
import { clip, compact, fold, readCode } from './text.ts'

export const PROACTIVE_TABLE = 'national-2021.proactive'

const BY_LENGTH = [...PROACTIVE_2021].sort((a, b) => b.zh.length - a.zh.length)

type Label = { row: ProactiveRow2021; line: number; end: number }

/** A line that is a row label, alone or followed only by its figures. */
function readLabel(line: string, index: number): Label | null {
  const { text, at } = compact(line)
  const { length } = readCode(text)
  const rest = text.slice(length)
  const row = BY_LENGTH.find((candidate) => rest.startsWith(candidate.zh))
  if (!row) return null
  const after = rest.slice(row.zh.length)
  if (!/^[\d.,万元余多约近]*$/.test(after)) return null
  return { row, line: index, end: at[length + row.zh.length] ?? line.length }
}

/** 第二十条 第（一）（五）（六）（八）项 of the 2021 format. */
export function readProactive2021(lines: readonly string[], from: number, to: number): Read2021 {
  const out: Read2021 = { figures: [], problems: [] }
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
    readRow(lines, label, mine, out)
  })
  for (const row of PROACTIVE_2021) {
    if (!labels.some((label) => label.row === row)) {
      out.problems.push(
        error(from, `主动公开政府信息情况: row "${row.zh}" not found after this line`),
      )
    }
  }
  return out
}

function readRow(lines: readonly string[], label: Label, tokens: NumberToken[], out: Read2021) {
  const { row } = label
  const cell = (index: number): Cell2021 => {
    const column = row.columns[index] ?? { id: 'x', zh: '?', en: '?' }
    return {
      id: `${row.id}.${column.id}`,
      table: PROACTIVE_TABLE,
      rowLabel: row.zh,
      column: column.zh,
      code: null,
      unit: row.unit,
    }
  }
  const count = row.columns.length
  if (tokens.length > count) {
    const found = clip(tokens.map((t) => t.text).join(' '), 60)
    out.problems.push(
      error(label.line, `${row.zh}: ${tokens.length} figures (${found}) for ${count} column(s)`),
    )
    return
  }
  if (tokens.length === count) {
    tokens.forEach((token, index) => {
      figureFrom(cell(index), token, out)
    })
    return
  }
  const columns = tokens.length === 0 ? [] : columnsByPosition(lines, label, tokens)
  if (!columns) {
    out.problems.push(
      error(
        label.line,
        `${row.zh}: ${tokens.length} figure(s) for ${count} columns; cannot tell which cell is blank`,
      ),
    )
    return
  }
  for (let index = 0; index < count; index++) {
    const at = columns.indexOf(index)
    const token = tokens[at]
    if (at >= 0 && token) figureFrom(cell(index), token, out)
    else blankFrom(cell(index), label.line, out)
  }
}

/** With `pdftotext -layout`, the column each figure sits under, by the header's positions. */
function columnsByPosition(lines: readonly string[], label: Label, tokens: NumberToken[]) {
  const names = label.row.columns.map((column) => column.zh)
  for (let i = label.line - 1; i >= Math.max(0, label.line - 8); i--) {
    const line = fold(lines[i] ?? '')
    const starts = names.map((name) => line.indexOf(name))
    if (starts.some((start) => start < 0)) continue
    const columns = tokens.map((token) => {
      const distances = starts.map((start) => Math.abs(start - token.start))
      return distances.indexOf(Math.min(...distances))
    })
    return new Set(columns).size === columns.length ? columns : null
  }
  return null
}
