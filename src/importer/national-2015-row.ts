import type { Unit } from '../domain/report-schema.ts'
import { type CellError, type CellValue, parseCell } from './cell-value.ts'
import { NATIONAL_2015_ROWS } from './national-2015-rows.ts'
import { compact, fold, printedAs, readCode, UNIT_WORDS } from './text.ts'

export type RowMatch = {
  /** Indexes into NATIONAL_2015_ROWS of the rows with this label (two rows share 被依法纠错数). */
  candidates: number[]
  /** The row number as printed, in the dataset's spelling. */
  code: string | null
  /** The line after the label: notes in brackets, the 单位 cell and the figure. */
  tail: string
}

const BY_LENGTH = NATIONAL_2015_ROWS.map((row, index) => ({ key: row.key, index })).sort(
  (a, b) => b.key.length - a.key.length,
)

/** The table row a line starts with, if any. */
export function matchRow(line: string): RowMatch | null {
  const { text, at } = compact(line)
  const { code, length } = readCode(text)
  const rest = text.slice(length)
  const best = BY_LENGTH.find(({ key }) => rest.startsWith(key))
  if (!best) return null
  const candidates = BY_LENGTH.filter(({ key }) => key === best.key)
    .map(({ index }) => index)
    .sort((a, b) => a - b)
  const end = length + best.key.length
  return { candidates, code, tail: line.slice(at[end] ?? line.length) }
}

export type Tail =
  | { kind: 'open-note' }
  | { kind: 'cells'; printedUnit: Unit | null; printedUnitWord: string | null; cell: string }

/** Splits what follows a label into its 单位 cell and its figure, after any notes in brackets. */
export function readTail(tail: string): Tail {
  // `fold` keeps every character in its place, so the folded text is read and the printed one kept.
  const folded = fold(tail)
  let at = 0
  const skipSpace = () => {
    while (at < folded.length && /\s/.test(folded[at] ?? '')) at++
  }
  skipSpace()
  while (folded[at] === '(') {
    const close = folded.indexOf(')', at)
    if (close < 0) return { kind: 'open-note' }
    at = close + 1
    skipSpace()
  }
  const unit = UNIT_WORDS.find(([word]) => folded.startsWith(word, at))
  if (!unit)
    return { kind: 'cells', printedUnit: null, printedUnitWord: null, cell: tail.slice(at).trim() }
  return {
    kind: 'cells',
    printedUnit: unit[1],
    printedUnitWord: unit[0],
    cell: tail.slice(at + unit[0].length).trim(),
  }
}

/** Reads the figure of a matched row in the column's unit (the printed one, else the table's). */
export function readFigure(
  tail: Extract<Tail, { kind: 'cells' }>,
  expected: Unit,
): CellValue | CellError {
  return parseCell(tail.cell, printedAs(tail.printedUnit, expected) ?? expected)
}

/** A line that holds nothing but a 单位 cell and/or a figure (a web copy with one cell a line). */
export function loneCells(line: string): Extract<Tail, { kind: 'cells' }> | null {
  const tail = readTail(line)
  if (tail.kind !== 'cells' || (tail.printedUnit === null && tail.cell === '')) return null
  if (tail.cell !== '' && 'error' in parseCell(tail.cell, tail.printedUnit ?? 'item')) return null
  return tail
}
