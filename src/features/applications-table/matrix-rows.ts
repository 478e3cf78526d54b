import { isTableFigure, type TableFigure } from '#src/components/panel/table-rows.ts'
import { APPLICANT_COLUMNS, rowLabel } from '#src/domain/applicant-columns.ts'
import type { Figure } from '#src/domain/figures.ts'
import type { LocalizedText, TableHeading } from '#src/domain/report-schema.ts'
import { FALLBACK_HEADINGS } from './labels.ts'

type Heading = Pick<TableHeading, 'id' | 'code' | 'label' | 'parent'>

export type HeadingRow = {
  kind: 'heading'
  id: string
  code: string | null
  label: LocalizedText
  depth: number
}

export type FigureRow = {
  kind: 'figures'
  /** The metric id without its column: `applications.refused.state-secret`. */
  key: string
  code: string | null
  label: LocalizedText
  depth: number
  /** One cell per applicant column; undefined where the report has no such figure. */
  cells: (TableFigure | undefined)[]
  /** The report lines the row's figures come from (one, for a row printed on one line). */
  lines: number[]
}

export type MatrixRow = HeadingRow | FigureRow

const COLUMN_KEYS = APPLICANT_COLUMNS.map((column) => column.key)
const CELL_ID = new RegExp(`^(applications\\..+)\\.(${COLUMN_KEYS.join('|')})$`)

/** `applications.new.business` → [`applications.new`, `business`]; null for any other id. */
export function splitCellId(id: string): [row: string, column: string] | null {
  const match = CELL_ID.exec(id)
  return match?.[1] && match[2] ? [match[1], match[2]] : null
}

/**
 * The applications table as rows × applicant columns: each row the report prints (in its order),
 * under the group headings it sits in (tableHeadings, else the 2021 format's own). Only figures
 * the report prints are cells; computed ones are not.
 */
export function matrixRows(
  figures: Iterable<Figure>,
  headings: readonly Heading[] = [],
): MatrixRow[] {
  const byKey = new Map<string, Map<string, TableFigure>>()
  for (const figure of figures) {
    if (!isTableFigure(figure)) continue
    const split = splitCellId(figure.id)
    if (!split) continue
    const [key, column] = split
    const row = byKey.get(key) ?? new Map<string, TableFigure>()
    row.set(column, figure)
    byKey.set(key, row)
  }
  const headingById = new Map<string, Heading>(
    [...FALLBACK_HEADINGS, ...headings].map((heading) => [heading.id, heading]),
  )
  // The headings a row sits in, outermost first; the table's own heading (no parent) is its caption.
  const chain = (parent: string | null): Heading[] => {
    const out: Heading[] = []
    for (let id = parent; id !== null && out.length < 8; ) {
      const heading = headingById.get(id)
      if (!heading || heading.parent === null) break
      out.unshift(heading)
      id = heading.parent
    }
    return out
  }
  const opened = new Set<string>()
  const rows: MatrixRow[] = []
  for (const [key, cells] of byKey) {
    const first = cells.values().next().value
    if (!first) continue
    const around = chain(first.table.parent)
    around.forEach((heading, depth) => {
      if (opened.has(heading.id)) return
      opened.add(heading.id)
      rows.push({
        kind: 'heading',
        id: heading.id,
        code: heading.code,
        label: heading.label,
        depth,
      })
    })
    const row = COLUMN_KEYS.map((column) => cells.get(column))
    rows.push({
      kind: 'figures',
      key,
      code: first.table.code,
      label: rowLabel(first.label),
      depth: around.length,
      cells: row,
      lines: [
        ...new Set(
          row.flatMap((figure) => (figure?.citations[0] ? [figure.citations[0].line] : [])),
        ),
      ],
    })
  }
  return rows
}

/** The table's own heading (三、收到和处理政府信息公开申请情况), for its caption. */
export function tableHeading(headings: readonly Heading[]): Heading | undefined {
  return (
    headings.find((heading) => heading.id === 'table.applications') ??
    FALLBACK_HEADINGS.find((heading) => heading.id === 'table.applications')
  )
}

/** Every figure of the table, row by row: the order of its CSV. */
export function matrixFigures(rows: readonly MatrixRow[]): TableFigure[] {
  return rows.flatMap((row) =>
    row.kind === 'figures' ? row.cells.flatMap((cell) => (cell ? [cell] : [])) : [],
  )
}
