import type { Unit } from '../domain/report-schema.ts'
import { parseCell } from './cell-value.ts'
import type { Read2021 } from './national-2021-figures.ts'
import { fold } from './text.ts'

/**
 * A cell of a table copied from a web page. Browsers copy a table's cells separated by tabs:
 * either a row to a line ("规章\t13\t13\t524"), or, where the cells hold paragraphs, each cell
 * on lines of its own with the tabs on lines between them. A blank cell is an empty text between
 * two tabs or a cell holding only a no-break space (&nbsp;).
 */
export type WebCell = { text: string; line: number; blank: boolean }

const SPACE_ONLY = /^[\s\u00a0\u3000]*$/
const HAS_NBSP = /[\u00a0\u3000]/

/** Whether lines `from`–`to` hold a table copied from a web page (its cells separated by tabs). */
export const hasTabs = (lines: readonly string[], from: number, to: number) =>
  lines.slice(from, to).some((line) => line.includes('\t'))

export function webCells(lines: readonly string[], from: number, to: number): WebCell[] {
  const cells: WebCell[] = []
  const push = (piece: string, line: number) => {
    const text = piece.trim()
    cells.push(
      SPACE_ONLY.test(piece) ? { text: '', line, blank: true } : { text, line, blank: false },
    )
  }
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const line = lines[i] ?? ''
    if (!line.includes('\t')) {
      if (!SPACE_ONLY.test(line)) push(line, i)
      else if (HAS_NBSP.test(line)) push('', i)
      continue
    }
    const pieces = line.split('\t')
    // A row on one line: every piece is a cell. A line of tabs between cells on lines of their
    // own: what sits between two of its tabs is a cell, and a no-break space at either end.
    const row = pieces.some((piece) => !SPACE_ONLY.test(piece))
    pieces.forEach((piece, k) => {
      if (row || (k > 0 && k < pieces.length - 1) || HAS_NBSP.test(piece)) push(piece, i)
    })
  }
  return cells
}

/** Four Chinese characters in a row: a label or a heading, never a figure ("约300万元余"). */
const WORDS = /[\u4e00-\u9fff]{4}/

/** A cell that holds a figure or is blank, as opposed to a label or a heading. */
export const isValueCell = (cell: WebCell) =>
  cell.blank ||
  (!WORDS.test(cell.text) &&
    (!('error' in parseCell(cell.text, 'ten-thousand-yuan')) || signedValue(cell.text) !== null))

/**
 * 本年增/减 as printed: "+12", "-3", "−3", "0", "" (blank). The sign comes before the figure;
 * the value is the signed number, or null for a blank cell. Null when it is no such figure.
 */
export function signedValue(raw: string): { value: number | null; note?: string } | null {
  const text = fold(raw).trim()
  const match = /^([+\-−﹣－]?)\s*(.*)$/.exec(text)
  const [, sign = '', rest = ''] = match ?? []
  if (sign !== '' && rest === '') return null
  const cell = parseCell(rest, 'entry')
  if ('error' in cell) return null
  if (cell.value === null) return { value: null, ...(cell.note ? { note: cell.note } : {}) }
  const negative = sign !== '' && sign !== '+'
  return { value: negative && cell.value !== 0 ? -cell.value : cell.value }
}

export type SignedCell = { table: string; rowLabel: string; column: string; unit: Unit }

/**
 * 本年增/减 is kept out of the dataset, whose values are non-negative: it is a figure without a
 * metric id (id null), with its sign, so that the report's change is still shown with its line.
 * Splitting it into an increase and a decrease would state what the report does not (a net
 * change of +5 may be 7 items added and 2 dropped).
 */
export function signedFrom(
  cell: SignedCell,
  printed: string,
  line: number,
  out: Read2021,
  blank = false,
): void {
  const asWritten = blank ? '' : printed.trim()
  const read = blank ? { value: null } : signedValue(printed)
  if (!read) {
    out.problems.push({
      line: line + 1,
      severity: 'error',
      message: `${cell.rowLabel}（${cell.column}）: cannot read "${asWritten}" as a change`,
    })
    return
  }
  out.figures.push({
    id: null,
    ...cell,
    code: null,
    value: read.value,
    asWritten: read.value === null ? '' : asWritten,
    approximate: false,
    line: line + 1,
    note: 'signed change (本年增/减): not a dataset metric, whose values are non-negative',
  })
}
