import { evaluateBalance } from './balance.ts'
import { FORMATS, formatSpec } from './formats/formats.ts'
import type { FormatSpec } from './formats/spec.ts'
import { delimitedLines, delimitedRowCount, gridLines, layoutLines } from './grid/grid-lines.ts'
import { readTableLines, type SpecReading } from './grid/read-table-lines.ts'
import { runTogetherLines } from './grid/run-together.ts'
import type { TableLine } from './grid/table-line.ts'
import { importReport } from './import-report.ts'
import type { Document } from './input/document.ts'
import { compact } from './text.ts'
import type {
  ImportedFigure,
  ImportOptions,
  ImportProblem,
  ImportResult,
  TableFormat,
} from './types.ts'

/** How the tables were read, for the summary and the tests. */
export type Reading = 'web-table' | 'delimited' | 'run-together' | 'columns' | 'layout'

export type DocumentImport = ImportResult & { reading: Reading | null }

type Attempt = { format: TableFormat; reading: Reading; result: ImportResult; rowsFound: number }

/**
 * Reads the statistics tables of a document in every way its shape allows (the web page's own
 * tables, tab- or pipe-separated rows, cells run together, `pdftotext`-style layout), with every
 * format whose words it prints, and keeps the reading that finds the most rows. A file that holds
 * a second report after the first is refused, never half-read.
 */
export function importDocument(doc: Document, options: ImportOptions = {}): DocumentImport {
  const texts = doc.lines.map((line) => compact(line).text)
  const all = texts.join('\n')
  const specs = options.format
    ? [formatSpec(options.format)]
    : FORMATS.filter((spec) => spec.markers.some((marker) => all.includes(compact(marker).text)))
  const attempts: Attempt[] = []
  const gridTable = doc.tables.flatMap(gridLines)
  const delimited = delimitedRowCount(doc.lines) >= 3 ? delimitedLines(doc.lines) : []
  const longLines = texts.some((text) => text.length > 400)
  for (const spec of specs) {
    if (gridTable.length > 0) attempts.push(fromLines(spec, 'web-table', gridTable, doc.lines))
    if (delimited.length > 0) attempts.push(fromLines(spec, 'delimited', delimited, doc.lines))
    if (doc.kind !== 'html')
      attempts.push(fromLines(spec, 'columns', layoutLines(doc.lines), doc.lines))
    if (doc.kind === 'text' && longLines) {
      attempts.push(fromLines(spec, 'run-together', runTogetherLines(spec, doc.lines), doc.lines))
    }
  }
  if (doc.kind !== 'html') {
    const layout = importReport(doc.lines.join('\n'), options)
    if (layout.format && (options.format === undefined || layout.format === options.format)) {
      const rows = new Set(
        layout.figures.map((figure) => `${figure.table}:${figure.rowLabel}:${figure.line}`),
      ).size
      attempts.push({ format: layout.format, reading: 'layout', result: layout, rowsFound: rows })
    }
  }
  // A reading that checked the header and found columns in another order than the format's
  // wins over readings that place figures by position and would put each in the other's column.
  const reordered = attempts.filter((attempt) =>
    attempt.result.problems.some((problem) =>
      problem.message.includes("the table's header prints"),
    ),
  )
  const best = choose(reordered.length > 0 ? reordered : attempts, specs)
  if (!best) return nothingFound(doc, specs, all)
  const crossed = crossCheck(best, attempts)
  if (crossed) {
    best.result = crossed
  }
  const several = severalReports(doc, attempts)
  if (several)
    return { ...best.result, reading: best.reading, figures: [], checks: [], problems: [several] }
  const result = { ...best.result, meta: { ...best.result.meta, ...metaOf(doc, best.result) } }
  return {
    ...result,
    reading: best.reading,
    problems: [...result.problems, ...secondReport(doc, best)],
  }
}

function fromLines(
  spec: FormatSpec,
  reading: Reading,
  lines: readonly TableLine[],
  text: readonly string[],
): Attempt {
  const read: SpecReading = readTableLines(spec, lines, text)
  const result: ImportResult = {
    format: read.tables.length > 0 ? spec.id : null,
    tables: read.tables,
    figures: read.figures,
    problems: read.problems,
    checks: read.tables.length > 0 ? evaluateBalance(spec.rules, read.figures) : [],
    headings: read.headings,
    meta: { title: null, agency: null, year: null, filedOn: null },
  }
  return { format: spec.id, reading, result, rowsFound: read.rowsFound }
}

/**
 * The reading with the most figures; among equals, the one with fewer errors, then the format
 * whose distinctive words the text prints.
 */
function choose(attempts: readonly Attempt[], specs: readonly FormatSpec[]): Attempt | null {
  const errors = (attempt: Attempt) =>
    attempt.result.problems.filter((p) => p.severity === 'error').length
  const failed = (attempt: Attempt) => attempt.result.checks.filter((c) => c.ok === false).length
  const distinctive = (attempt: Attempt) =>
    specs.find((s) => s.id === attempt.format)?.distinctive.length ?? 0
  const ranked = attempts
    .filter((attempt) => attempt.result.format !== null && attempt.result.figures.length > 0)
    .sort(
      (a, b) =>
        b.result.figures.length - a.result.figures.length ||
        errors(a) - errors(b) ||
        failed(a) - failed(b) ||
        distinctive(b) - distinctive(a),
    )
  return ranked[0] ?? null
}

function nothingFound(doc: Document, specs: readonly FormatSpec[], all: string): DocumentImport {
  const known = FORMATS.map((s) => s.label.en).join('; ')
  const words = /统计表|指标名称|统计指标|申请人情况|信息内容|计量单位/.exec(all)?.[0]
  const line = words ? doc.lines.findIndex((text) => compact(text).text.includes(words)) + 1 : 0
  const message = words
    ? `a statistics table was found (line ${line} has "${words}"), but it is none of the known formats (${known}): none of their rows is there with figures${specs.length > 0 ? `, though its words are those of the ${specs.map((s) => s.label.en).join(' or ')}` : ''}`
    : specs.length === 0
      ? `no statistics table found: the text has none of the words of the known formats' tables (${known})`
      : `the words of the ${specs.map((s) => s.label.en).join(' or ')} are in the text, but none of its rows is there with figures`
  return {
    format: null,
    reading: null,
    tables: [],
    figures: [],
    problems: [{ line: null, severity: 'error', message }],
    checks: [],
    headings: [],
    meta: { title: doc.meta.title, agency: null, year: null, filedOn: null },
  }
}

/**
 * The report's title as its first lines print it ("平潭综合实验区" over "2016年度政府信息公开工作年度报告"
 * puts the agency on the line above): a short line with a year and 年度报告 or 年报.
 */
function titleOf(lines: readonly string[]): string | null {
  const head = lines.slice(0, 40).map((line) => line.replace(/[\s\u3000]+/g, ''))
  const at = head.findIndex(
    (line) =>
      !line.startsWith('#') &&
      line.length <= 80 &&
      /\d{4}年/.test(line) &&
      /年度报告|年报/.test(line),
  )
  if (at < 0) return null
  const line = head[at] ?? ''
  const above = head
    .slice(0, at)
    .reverse()
    .find((text) => text !== '' && !text.startsWith('#'))
  return /^\d{4}/.test(line) && above && above.length <= 30 ? `${above}${line}` : line
}

/** Title, year and publication date as the page states them, over what the table reader guessed. */
function metaOf(doc: Document, result: ImportResult): ImportResult['meta'] {
  const title = doc.meta.title ?? result.meta.title ?? titleOf(doc.lines)
  const year = Number(/(\d{4})\s*年/.exec(title ?? '')?.[1]) || result.meta.year
  const agency =
    result.meta.agency ?? (title ? (/^(.+?)\d{4}\s*年/.exec(title)?.[1]?.trim() ?? null) : null)
  return { title, agency, year: year || null, filedOn: result.meta.filedOn }
}

/** A second report after the first one's tables: refused by name, never read in part. */
function secondReport(doc: Document, best: Attempt): ImportResult['problems'] {
  const last = Math.max(0, ...best.result.tables.map((table) => table.lastLine))
  if (last === 0 || last >= doc.lines.length) return []
  const rest = doc.lines.map((line, i) => (i < last ? '' : line))
  const spec = formatSpec(best.format)
  const lines =
    best.reading === 'web-table'
      ? doc.tables.flatMap(gridLines).filter((line) => line.line > last)
      : best.reading === 'delimited'
        ? delimitedLines(rest)
        : best.reading === 'run-together'
          ? []
          : null
  const again =
    lines === null
      ? importReport(rest.join('\n'), { format: best.format }).figures.length
      : readTableLines(spec, lines).figures.length
  if (again < Math.max(5, best.result.figures.length / 2)) return []
  const first = Math.min(...best.result.tables.map((table) => table.firstLine))
  return [
    {
      line: last + 1,
      severity: 'error',
      message: `the file holds more than one report: a ${spec.label.en} was read on lines ${first}–${last}, and another one (${again} figures) follows after line ${last}; split the file and import each report on its own`,
    },
  ]
}

/** A report's title on a line of its own ("标题: 平潭综合实验区2016年度政府信息公开工作年度报告"). */
const TITLE =
  /^(?:标题[:：])?\s*(.{0,40}?)(\d{4})\s*年度?.{0,16}?(?:政府信息公开|政务公开).{0,8}?年度?报告\s*$/

/**
 * A file that holds more than one report, refused as a whole: report titles of different years or
 * agencies on lines of their own, or the tables of two formats each read in good part. Reading
 * one of them would credit its figures to the other's title and year.
 */
function severalReports(doc: Document, attempts: readonly Attempt[]): ImportProblem | null {
  const titles = doc.lines.flatMap((line, i) => {
    const match = TITLE.exec(line.replace(/[\s\u3000]+/g, ''))
    return match ? [{ line: i + 1, agency: match[1] ?? '', year: match[2], text: line.trim() }] : []
  })
  // A title printed twice (a PDF's running title, an agency name on the line above) is one report:
  // two titles clash when their years differ, or when both name an agency and not the same one.
  const first = titles[0]
  const second = titles.find(
    (title) =>
      first !== undefined &&
      (title.year !== first.year ||
        (title.agency !== '' && first.agency !== '' && title.agency !== first.agency)),
  )
  if (first && second) {
    return {
      line: second.line,
      severity: 'error',
      message: `the file holds more than one report: "${first.text}" on line ${first.line} and "${second.text}" on line ${second.line}; split the file and import each report on its own`,
    }
  }
  const substantial = new Map<TableFormat, Attempt>()
  for (const attempt of attempts) {
    const total = formatSpec(attempt.format).tables.reduce((n, table) => n + table.rows.length, 0)
    if (attempt.rowsFound >= Math.max(5, total * 0.4)) substantial.set(attempt.format, attempt)
  }
  // Formats that share rows (2019 and 2021) both read one report on the same lines: only tables
  // on lines apart are two reports.
  const span = (attempt: Attempt) => {
    const tables = attempt.result.tables
    return [
      Math.min(...tables.map((t) => t.firstLine)),
      Math.max(...tables.map((t) => t.lastLine)),
    ] as const
  }
  const found = [...substantial.values()]
  const pair = found.flatMap((a, i) =>
    found.slice(i + 1).flatMap((b) => {
      const [a1, a2] = span(a)
      const [b1, b2] = span(b)
      return a2 < b1 || b2 < a1 ? [[a, b] as const] : []
    }),
  )[0]
  if (!pair) return null
  const [a, b] = pair
  const where = (attempt: Attempt) => `lines ${span(attempt)[0]}–${span(attempt)[1]}`
  return {
    line: null,
    severity: 'error',
    message: `the file holds more than one report: a ${formatSpec(a.format).label.en} (${where(a)}) and a ${formatSpec(b.format).label.en} (${where(b)}); split the file and import each report on its own`,
  }
}

/**
 * Text laid out in columns is read two ways (the column reader and the pdftotext-layout reader).
 * Where both read a figure and disagree (a PDF whose wrapped labels sit beside another row's
 * figures), neither is trusted: the row is refused with both readings named.
 */
function crossCheck(best: Attempt, attempts: readonly Attempt[]): ImportResult | null {
  if (best.reading !== 'layout' && best.reading !== 'columns') return null
  const other = attempts.find(
    (attempt) =>
      attempt !== best &&
      attempt.format === best.format &&
      (attempt.reading === 'layout' || attempt.reading === 'columns'),
  )
  if (!other) return null
  const theirs = new Map(other.result.figures.flatMap((f) => (f.id ? [[f.id, f]] : [])))
  const clash = best.result.figures.filter((figure) => {
    const them = figure.id ? theirs.get(figure.id) : undefined
    return them !== undefined && them.value !== figure.value
  })
  if (clash.length === 0) return null
  const rows = new Map<string, ImportedFigure>()
  for (const figure of clash) rows.set(`${figure.table}:${figure.rowLabel}`, figure)
  const dropped = new Set(
    best.result.figures.filter((f) => rows.has(`${f.table}:${f.rowLabel}`)).map((f) => f),
  )
  const problems: ImportProblem[] = [...rows.values()].map((figure) => {
    const them = figure.id ? theirs.get(figure.id) : undefined
    return {
      line: figure.line,
      severity: 'error',
      message: `row "${figure.rowLabel}": the columns of the text read ${figure.column ? `${figure.column} ` : ''}as ${figure.asWritten || '(blank)'} one way and ${them?.asWritten || '(blank)'} (line ${them?.line}) another, as where a wrapped label sits beside another row's figures; the row is not read`,
    }
  })
  return {
    ...best.result,
    figures: best.result.figures.filter((f) => !dropped.has(f)),
    problems: [...best.result.problems, ...problems],
  }
}
