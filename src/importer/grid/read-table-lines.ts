import { parseCell } from '../cell-value.ts'
import {
  columnUnit,
  type FormatSpec,
  metricId,
  type RowSpec,
  type TableSpec,
} from '../formats/spec.ts'
import { clip, compact, labelKey, listed, readCode, wordOf } from '../text.ts'
import type { ImportedFigure, ImportedHeading, ImportedTable, ImportProblem } from '../types.ts'
import type { TableLine } from './table-line.ts'

export type SpecReading = {
  figures: ImportedFigure[]
  problems: ImportProblem[]
  tables: ImportedTable[]
  headings: ImportedHeading[]
  /** Spec rows found, of all the spec's rows. */
  rowsFound: number
  rowsTotal: number
}

type SpecRow = { table: TableSpec; row: RowSpec }

/** The label as compared: the innermost label cell, folded, without spaces, quotes or row number. */
function innermost(line: TableLine): string {
  const last = line.labels.at(-1) ?? ''
  const text = labelKey(last)
  return text.slice(readCode(text).length).replace(/^[:：]/, '')
}

const pathOf = (line: TableLine) => labelKey(line.labels.join(''))

function matches(spec: SpecRow, line: TableLine): boolean {
  const { row } = spec
  if (row.unlabelled) {
    const labelled = line.labels.some(
      (label) => /[\u4e00-\u9fff]/.test(label) && !/数量|合计/.test(label),
    )
    return !labelled && line.values.filter((value) => value !== '').length >= row.columns.length - 2
  }
  if (line.labels.length === 0) return false
  const own = innermost(line)
  if (row.exact !== undefined) return own === labelKey(row.exact)
  if (row.keys.some((key) => own.includes(labelKey(key)))) return true
  // A label split over two cells ("其中：" | "1、政府网站公开数") is read as one.
  return row.keys.some((key) => pathOf(line).endsWith(labelKey(key)))
}

/**
 * Aligns the printed rows with the spec's rows in order (the longest common subsequence), so
 * that a stray row elsewhere on the page that happens to share a label cannot take a figure.
 */
function align(rows: readonly SpecRow[], lines: readonly TableLine[]): Map<number, number> {
  const n = lines.length
  const m = rows.length
  const best: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1))
  const ok = (i: number, j: number) => {
    const line = lines[i]
    const row = rows[j]
    return line !== undefined && row !== undefined && matches(row, line)
  }
  for (let i = n - 1; i >= 0; i--) {
    const here = best[i] as Uint16Array
    const below = best[i + 1] as Uint16Array
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(below[j] ?? 0, here[j + 1] ?? 0)
      here[j] = ok(i, j) ? Math.max(skip, 1 + (below[j + 1] ?? 0)) : skip
    }
  }
  const pairs = new Map<number, number>()
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const here = best[i]?.[j] ?? 0
    if (ok(i, j) && here === 1 + (best[i + 1]?.[j + 1] ?? 0)) {
      pairs.set(j, i)
      i++
      j++
    } else if ((best[i + 1]?.[j] ?? 0) === here) i++
    else j++
  }
  return pairs
}

const rowName = (row: RowSpec) => `${row.code ?? ''}${row.zh}`

/** Reads the figures of the spec's tables from printed table rows, in document order. */
export function readTableLines(
  spec: FormatSpec,
  lines: readonly TableLine[],
  text: readonly string[] = [],
): SpecReading {
  const rows: SpecRow[] = spec.tables.flatMap((table) => table.rows.map((row) => ({ table, row })))
  const withValues = lines.filter((line) => line.values.length > 0 || line.unreadable)
  const pairs = align(rows, withValues)
  const figures: ImportedFigure[] = []
  const problems: ImportProblem[] = []
  const tables: ImportedTable[] = []
  const usedLines = new Set<TableLine>()

  for (const table of spec.tables) {
    const indexes = rows.flatMap((row, j) => (row.table === table ? [j] : []))
    const found = indexes.filter((j) => pairs.has(j))
    if (found.length === 0) {
      const names = listed(indexes.map((j) => rowName((rows[j] as SpecRow).row)))
      // The table's own words first: a report's preface names every table's title too.
      const keys = [...[...table.headingKeys].reverse(), table.title.zh].map(
        (key) => compact(key).text,
      )
      const compacted = text.map((line) => compact(line).text)
      const at =
        keys.map((key) => compacted.findIndex((line) => line.includes(key))).find((i) => i >= 0) ??
        -1
      problems.push({
        line: at < 0 ? null : at + 1,
        severity: 'error',
        message:
          at < 0
            ? `table "${table.title.zh}" not found: neither its heading nor any of its rows (${names}) is in the text`
            : `table "${table.title.zh}" not found: its heading is on line ${at + 1}, but none of its rows (${names}) follows it with figures`,
      })
      continue
    }
    const positions = found.map((j) => pairs.get(j) as number)
    const tableLines = positions.map((at) => withValues[at] as TableLine)
    const first = Math.min(...tableLines.map((line) => line.line))
    const last = Math.max(...tableLines.map((line) => line.line))
    const from = Math.min(...positions)
    const to = Math.max(...positions)
    tables.push({
      id: table.id,
      format: spec.id,
      title: table.title.zh,
      firstLine: first,
      lastLine: last,
    })
    indexes.forEach((j, k) => {
      const { row } = rows[j] as SpecRow
      const at = pairs.get(j)
      if (at === undefined) {
        const before = indexes
          .slice(0, k)
          .reverse()
          .find((p) => pairs.has(p))
        const after = indexes.slice(k + 1).find((p) => pairs.has(p))
        const where = [
          before !== undefined
            ? `after line ${(withValues[pairs.get(before) as number] as TableLine).line} (${rowName((rows[before] as SpecRow).row)})`
            : null,
          after !== undefined
            ? `before line ${(withValues[pairs.get(after) as number] as TableLine).line} (${rowName((rows[after] as SpecRow).row)})`
            : null,
        ]
          .filter(Boolean)
          .join(' and ')
        problems.push({
          line:
            before !== undefined
              ? (withValues[pairs.get(before) as number] as TableLine).line
              : first,
          severity: 'error',
          message: `row "${rowName(row)}" of table "${table.title.zh}" not found${where ? `: expected ${where}` : ''}`,
        })
        return
      }
      const line = withValues[at] as TableLine
      usedLines.add(line)
      const swapped = columnsOutOfOrder(row, headersBefore(lines, line, 6))
      if (swapped) {
        problems.push({
          line: line.line,
          severity: 'error',
          message: `row "${rowName(row)}": the table's header prints ${swapped}; the figures are not placed by position, so the row is not read`,
        })
        return
      }
      const read = readRow(spec, table, row, line)
      figures.push(...read.figures)
      problems.push(...read.problems)
    })
    // Rows with figures inside the table that the format does not have are named, not dropped silently.
    for (const line of withValues.slice(from, to + 1)) {
      if (usedLines.has(line)) continue
      if (line.values.every((value) => value === '')) continue
      problems.push({
        line: line.line,
        severity: 'warning',
        message: `row "${clip(line.labels.join(' '))}" is not a row of the ${spec.label.en}; its figures (${clip(line.values.join(' '))}) are not read`,
      })
    }
  }
  return {
    figures,
    problems,
    tables,
    headings: headingsOf(spec, figures, tables),
    rowsFound: pairs.size,
    rowsTotal: rows.length,
  }
}

function readRow(
  spec: FormatSpec,
  table: TableSpec,
  row: RowSpec,
  line: TableLine,
): { figures: ImportedFigure[]; problems: ImportProblem[] } {
  const name = rowName(row)
  const problem = (message: string): ImportProblem => ({
    line: line.line,
    severity: 'error',
    message,
  })
  if (line.unreadable)
    return { figures: [], problems: [problem(`row "${name}": ${line.unreadable}`)] }
  const values = [...line.values]
  // Word exports often end a row with empty cells the header does not have.
  while (values.length > row.columns.length && values.at(-1) === '') values.pop()
  if (values.length !== row.columns.length) {
    const columns = row.columns.map((column) => column.zh).join(', ')
    return {
      figures: [],
      problems: [
        problem(
          `row "${name}" has ${values.length} figure cells (${clip(values.join(' | '), 60)}) where the table has ${row.columns.length} (${clip(columns, 80)}); the row is not read`,
        ),
      ],
    }
  }
  const figures: ImportedFigure[] = []
  const problems: ImportProblem[] = []
  // A unit printed in the row's unit cell: 元 in a 万元 row is converted; any other word must agree.
  const printedUnit = line.unit
  row.columns.forEach((column, c) => {
    const unit = columnUnit(row, column)
    const raw = values[c] ?? ''
    const inYuan = printedUnit === '元' && unit === 'ten-thousand-yuan' && /\d$/.test(raw.trim())
    const cell = parseCell(
      inYuan ? `${raw}元` : column.signed ? raw.replace(/^[+\-−]/, '') : raw,
      unit,
    )
    const place = line.places?.[c]
    if ('error' in cell) {
      problems.push(problem(`row "${name}", column ${column.zh}: ${cell.error}`))
      return
    }
    const negative = column.signed && /^\s*[-−]/.test(raw) && cell.value !== null
    const notes = [line.note, cell.note].filter(Boolean)
    if (
      printedUnit &&
      !inYuan &&
      printedUnit !== wordOf(unit) &&
      !(printedUnit === '元' && unit === 'ten-thousand-yuan')
    ) {
      notes.push(
        `the unit cell says ${printedUnit}; the table counts this row in ${wordOf(unit) ?? unit}`,
      )
    }
    figures.push({
      id: metricId(row, column),
      table: table.id,
      rowLabel: compact(line.labels.at(-1) ?? row.zh).text || row.zh,
      column: row.columns.length > 1 ? column.zh : null,
      code: row.code,
      unit,
      value: negative && cell.value !== null ? -cell.value : cell.value,
      asWritten: inYuan ? raw.trim() : cell.asWritten,
      approximate: cell.approximate,
      line: line.line,
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      ...(place ? { cell: place } : {}),
      ...(line.quote ? { quote: line.quote } : {}),
    })
  })
  void spec
  return { figures, problems }
}

function headingsOf(
  spec: FormatSpec,
  figures: readonly ImportedFigure[],
  tables: readonly ImportedTable[],
): ImportedHeading[] {
  const parents = new Map<string, string | null>(spec.headings.map((h) => [h.id, h.parent]))
  const rowParent = new Map<string, string | null>()
  for (const table of spec.tables) {
    for (const row of table.rows) {
      for (const column of row.columns) {
        const id = metricId(row, column)
        if (id) rowParent.set(id, column.parent ?? row.parent)
      }
    }
  }
  const under = (start: string | null | undefined, heading: string) => {
    for (let at = start ?? null, depth = 0; at !== null && depth < 10; depth++) {
      if (at === heading) return true
      at = parents.get(at) ?? rowParent.get(at) ?? null
    }
    return false
  }
  return spec.headings.flatMap((heading) => {
    const first = figures.find((figure) => figure.id && under(rowParent.get(figure.id), heading.id))
    const line = first?.line ?? (heading.parent === null ? tables[0]?.firstLine : undefined)
    if (line === undefined) return []
    const { id, code, zh, en, parent } = heading
    return [{ id, code, label: { zh, en }, parent, line }]
  })
}

/** The header rows (label cells only) printed before a row, nearest first, up to `count` rows up. */
function headersBefore(lines: readonly TableLine[], line: TableLine, count: number): string[][] {
  const at = lines.indexOf(line)
  const out: string[][] = []
  for (let i = at - 1; i >= 0 && at - i <= count + 30 && out.length < count; i--) {
    const other = lines[i] as TableLine
    if (other.values.length === 0 && other.labels.length >= 2) out.push(other.labels)
  }
  return out
}

/** A column's name as a header prints it: after the block's name, without spaces, four characters. */
const headerKey = (zh: string) => compact(zh.split('：').at(-1) ?? zh).text.slice(0, 4)

/**
 * Where a header row names two of the row's columns in the other order than the format has them
 * ("结果纠正" before "结果维持"): the two names, else null. Columns are placed by position, so a
 * table that prints them in another order would put each figure in the other's column.
 */
function columnsOutOfOrder(row: RowSpec, headers: readonly string[][]): string | null {
  if (row.columns.length < 2) return null
  const keys = [...new Set(row.columns.map((column) => headerKey(column.zh)))]
  for (const header of headers) {
    const cells = header.map((cell) => compact(cell).text)
    const position = keys.map((key) => cells.findIndex((cell) => cell.startsWith(key)))
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        const pa = position[a] ?? -1
        const pb = position[b] ?? -1
        if (pa >= 0 && pb >= 0 && pb < pa) {
          return `"${header[pb]}" before "${header[pa]}", where the format has them the other way`
        }
      }
    }
  }
  return null
}
