import type { Unit } from '../domain/report-schema.ts'
import { parseCell } from './cell-value.ts'
import type { NumberToken } from './number-tokens.ts'
import type { ImportedFigure, ImportProblem } from './types.ts'

export type Read2021 = { figures: ImportedFigure[]; problems: ImportProblem[] }

export type Cell2021 = {
  id: string
  table: string
  rowLabel: string
  column: string
  code: string | null
  unit: Unit
}

/** A figure from a token, or a problem on its line when the cell cannot be read. */
export function figureFrom(
  cell: Cell2021,
  token: NumberToken | { text: string; line: number },
  out: Read2021,
  note?: string,
): void {
  const read = parseCell(token.text, cell.unit)
  if ('error' in read) {
    out.problems.push({
      line: token.line + 1,
      severity: 'error',
      message: `${cell.rowLabel}（${cell.column}）: ${read.error}`,
    })
    return
  }
  const notes = [read.note, note].filter(Boolean).join('; ')
  out.figures.push({
    ...cell,
    value: read.value,
    asWritten: read.asWritten,
    approximate: read.approximate,
    unit: read.unit,
    line: token.line + 1,
    ...(notes ? { note: notes } : {}),
  })
}

/** A blank cell: the report gives no figure. */
export function blankFrom(cell: Cell2021, line: number, out: Read2021): void {
  out.figures.push({ ...cell, value: null, asWritten: '', approximate: false, line: line + 1 })
}

export const error = (line: number | null, message: string): ImportProblem => ({
  line: line === null ? null : line + 1,
  severity: 'error',
  message,
})
