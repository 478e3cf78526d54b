import type { Category, Unit } from '../domain/report-schema.ts'

/** The statistics-table formats the importer reads. */
export type TableFormat = 'national-2015' | 'national-2019' | 'national-2021' | 'fujian-provincial'

/** One cell of a statistics table, read from one line of the text. */
export type ImportedFigure = {
  /**
   * Metric id in the dataset; null for a cell the importer recognised but has no id for, such
   * as the signed 本年增/减 of the 2019 trial format (the dataset's values are non-negative).
   */
  id: string | null
  /** Id of the table it sits in (see `ImportedTable.id`). */
  table: string
  /** The row's label, normalised (spaces removed, full-width folded). */
  rowLabel: string
  /** The column, for tables with more than one figure column ("自然人", "总计"); else null. */
  column: string | null
  /** Row number as printed: "一", "(一)", "1.", "其中", or null. */
  code: string | null
  unit: Unit
  /**
   * null: the cell is blank, the report does not give the figure (never 0). Never negative,
   * except for a signed change (本年增/减), which has no metric id.
   */
  value: number | null
  /** The cell as printed; "" for a blank cell. */
  asWritten: string
  /** The cell says 余, 约, 多 … */
  approximate: boolean
  /** 1-based line of the text the figure was read from. */
  line: number
  /** Anything the importer did to the cell on the way (unit conversion, split cells). */
  note?: string
  /** Where the figure sits in a web page's or PDF's table: the n-th table (0-based), its row and column. */
  cell?: { table: number; row: number; column: number }
  /** The row as printed, where its line holds more than the row (cells and rows run together). */
  quote?: string
}

export type ImportProblem = {
  /** 1-based line; null when the problem concerns the whole text. */
  line: number | null
  severity: 'error' | 'warning'
  message: string
}

export type CheckFigure = Pick<
  ImportedFigure,
  'id' | 'rowLabel' | 'column' | 'value' | 'asWritten' | 'line'
>

/** A statutory balance rule applied to the figures read. */
export type ImportCheck = {
  rule: string
  label: string
  /** null: a figure the rule needs is blank or was not read, so nothing could be checked. */
  ok: boolean | null
  /** What was compared, e.g. "0 + 0 + 0 + 0 = 0 = 0". */
  detail: string
  figures: CheckFigure[]
}

export type ImportedTable = {
  id: string
  format: TableFormat
  title: string
  firstLine: number
  lastLine: number
}

/** Table rows that carry no figure, for the dataset's `tableHeadings`. */
export type ImportedHeading = {
  id: string
  code: string | null
  label: { zh: string; en: string }
  parent: string | null
  line: number
}

/** What the importer knows about a metric id, to write it in the dataset format. */
export type MetricInfo = {
  label: { zh: string; en: string }
  category: Category
  parent: string | null
  code: string | null
}

export type ImportedMeta = {
  title: string | null
  agency: string | null
  year: number | null
  filedOn: string | null
}

export type ImportOptions = {
  /** Read the text as this format instead of detecting it. */
  format?: TableFormat
}

export type ImportResult = {
  format: TableFormat | null
  tables: ImportedTable[]
  figures: ImportedFigure[]
  problems: ImportProblem[]
  checks: ImportCheck[]
  headings: ImportedHeading[]
  meta: ImportedMeta
}
