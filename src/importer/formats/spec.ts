import type { Category, LocalizedText, Unit } from '../../domain/report-schema.ts'
import type { BalanceRule } from '../balance.ts'
import type { TableFormat } from '../types.ts'

/**
 * A statistics-table format as data: its tables, rows, columns, headings and balance rules. One
 * shared reader (grid/read-grid.ts) reads any format from a spec; a new provincial variant is a
 * spec and its fixtures, not new code.
 */

export type ColumnSpec = {
  /**
   * The metric id's last part (`applications.new` + `total`). null: the row's id is the metric id
   * (tables with one figure column).
   */
  id: string | null
  zh: string
  en: string
  /** The column's unit where it is not the row's (采购总金额 in 万元 in a row of 项). */
  unit?: Unit
  /** 本年增/减: a signed change, which the dataset cannot hold; read and checked, given no metric id. */
  signed?: true
  /**
   * 历年累计: a count since records began, a measure of its own. Its metric id ends in
   * `.cumulative` and it is never compared with or summed into the year's figure.
   */
  cumulative?: true
  /** The heading the column's figures sit under, where it is not the row's (the review table's blocks). */
  parent?: string
}

export type RowSpec = {
  /** The metric id's first part; null where each column carries a whole id (the review table). */
  id: string | null
  /** Row number as printed, in the dataset's spelling: "一", "(一)", "1.", "其中", or null. */
  code: string | null
  zh: string
  en: string
  /** The heading or row this row sits under, for the dataset's table hierarchy. */
  parent: string | null
  unit: Unit
  category: Category
  /**
   * How the printed label is recognised, compared without spaces, quotes, full-width forms and
   * its row number: the label must contain one of `keys`, or be `exact` (for labels such as
   * 其他 and 总计 that occur in other rows too).
   */
  keys: readonly string[]
  exact?: string
  columns: readonly ColumnSpec[]
  /** The row has no label of its own (the review table's one row of figures under its header). */
  unlabelled?: true
}

export type TableSpec = {
  /** Section id in the dataset, e.g. `national-2021.applications`. */
  id: string
  title: LocalizedText
  /** Words of the table's heading or its header cells, to know where the table starts. */
  headingKeys: readonly string[]
  rows: readonly RowSpec[]
}

export type HeadingSpec = {
  id: string
  code: string | null
  zh: string
  en: string
  parent: string | null
}

export type FormatSpec = {
  id: TableFormat
  label: LocalizedText
  /** Words any table of the format prints: a text without one of them is not this format. */
  markers: readonly string[]
  /** Words only this format prints among the known ones: they decide between formats. */
  distinctive: readonly string[]
  tables: readonly TableSpec[]
  headings: readonly HeadingSpec[]
  rules: readonly BalanceRule[]
}

/** The metric id of a row's column, or null for a signed change, which has none. */
export function metricId(row: RowSpec, column: ColumnSpec): string | null {
  if (column.signed) return null
  const base = row.id === null ? column.id : column.id === null ? row.id : `${row.id}.${column.id}`
  return base === null ? null : column.cumulative ? `${base}.cumulative` : base
}

/** The unit of a row's column. */
export const columnUnit = (row: RowSpec, column: ColumnSpec): Unit => column.unit ?? row.unit
