import { APPLICATIONS_TABLE_2019, readApplications2019 } from './national-2019-applications.ts'
import { PROACTIVE_TABLE_2019, readProactive2019 } from './national-2019-proactive.ts'
import { REVIEW_TABLE_2019, readReview2019 } from './national-2019-review.ts'
import { APPLICATION_ROWS_2019, HEADINGS_2019 } from './national-2019-rows.ts'
import type { Read2021 } from './national-2021-figures.ts'
import { compact, readCode } from './text.ts'
import type { ImportedHeading, ImportedMeta, ImportedTable, ImportResult } from './types.ts'

const RESULTS = 'table.applications.results'
/** How much of a line a heading search looks at. */
const HEAD = 200

type Parsed = Pick<ImportResult, 'tables' | 'figures' | 'problems' | 'headings' | 'meta'>

const TABLES = [
  {
    id: PROACTIVE_TABLE_2019,
    heading: 'table.proactive',
    title: '主动公开政府信息情况',
    read: readProactive2019,
  },
  {
    id: APPLICATIONS_TABLE_2019,
    heading: 'table.applications',
    title: '收到和处理政府信息公开申请情况',
    read: readApplications2019,
  },
  {
    id: REVIEW_TABLE_2019,
    heading: 'table.review-litigation',
    title: '政府信息公开行政复议、行政诉讼情况',
    read: readReview2019,
  },
] as const

/** Where a table starts: a short line "二、主动公开政府信息情况" (number optional). */
function findHeading(lines: readonly string[], key: string, from: number): number {
  for (let i = from; i < lines.length; i++) {
    // A heading is at the start of its line: the rest of a long line need not be compacted.
    const text = compact((lines[i] ?? '').slice(0, HEAD)).text
    const rest = text.slice(readCode(text).length)
    if (
      rest.startsWith(key) ||
      (text.length <= 40 && text.includes(key) && /^[一二三四五六七八九十]、/.test(text))
    ) {
      return i
    }
  }
  return -1
}

/** After the last table: the next part of the report (五、存在的主要问题…). */
function findEnd(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    const text = compact((lines[i] ?? '').slice(0, HEAD)).text
    if (/^[五六七八]、/.test(text) || text.includes('存在的主要问题')) return i
  }
  return lines.length
}

/**
 * Reads the three tables of the 2019 trial format (国办公开办函〔2019〕60号). `pages`: the lines
 * (0-based) where pdftotext started a new page (a form feed), whose positions differ.
 */
export function readNational2019(lines: readonly string[], pages: readonly number[] = []): Parsed {
  const out: Read2021 = { figures: [], problems: [] }
  const tables: ImportedTable[] = []
  const starts: number[] = []
  let from = 0
  for (const table of TABLES) {
    const start = findHeading(lines, table.title, from)
    starts.push(start)
    if (start >= 0) from = start + 1
  }
  TABLES.forEach((table, t) => {
    const start = starts[t] ?? -1
    if (start < 0) {
      out.problems.push({
        line: lines.length,
        severity: 'error',
        message: notFound(lines, table.title),
      })
      return
    }
    const end = starts.slice(t + 1).find((s) => s > start) ?? findEnd(lines, start)
    const read = table.read(lines, start, end, pages)
    out.figures.push(...read.figures)
    out.problems.push(...read.problems)
    tables.push({
      id: table.id,
      format: 'national-2019',
      title: table.title,
      firstLine: start + 1,
      lastLine: end,
    })
  })
  const headings: ImportedHeading[] = HEADINGS_2019.flatMap((heading) => {
    const line = headingLine(heading.id, starts, out)
    const { id, code, zh, en, parent } = heading
    return line === null ? [] : [{ id, code, label: { zh, en }, parent, line }]
  })
  return { tables, headings, meta: readMeta(lines), ...out }
}

/** A heading's line: its own for the tables; for sub-headings, the line of their first figure. */
function headingLine(id: string, starts: number[], out: Read2021): number | null {
  const table = TABLES.findIndex((t) => t.heading === id)
  if (table >= 0) return (starts[table] ?? -1) >= 0 ? (starts[table] ?? 0) + 1 : null
  const under = (parent: string) =>
    parent === id || (id === RESULTS && parent.startsWith('table.applications.'))
  const prefixes =
    id === 'table.litigation'
      ? ['litigation.']
      : APPLICATION_ROWS_2019.filter((row) => under(row.parent)).map(
          (row) => `applications.${row.id}.`,
        )
  const first = out.figures.find((f) => prefixes.some((prefix) => f.id?.startsWith(prefix)))
  return first ? first.line : null
}

function readMeta(lines: readonly string[]): ImportedMeta {
  const head = lines.slice(0, 30)
  const at = head.findIndex(
    (line) => line.length <= 200 && line.includes('年度报告') && /\d{4}\s*年/.test(line),
  )
  if (at < 0) return { title: null, agency: null, year: null, filedOn: null }
  const titleLine = (head[at] ?? '').trim()
  const above = head
    .slice(0, at)
    .reverse()
    .find((line) => line.trim() !== '' && !line.startsWith('#'))
  const agency =
    /^\d{4}/.test(titleLine) && above && above.trim().length <= 30 ? above.trim() : null
  return {
    title: agency ? `${agency}${titleLine.replace(/\s+/g, '')}` : titleLine,
    agency,
    year: Number(/(\d{4})\s*年/.exec(titleLine)?.[1]),
    filedOn: null,
  }
}

/**
 * Why a table was not found: its heading is not in the text at all, or it is (on a line of its
 * own or inside a longer line) but not where a heading of a table stands.
 */
function notFound(lines: readonly string[], title: string): string {
  const key = compact(title).text
  const at = lines.findIndex((line) => compact(line).text.includes(key))
  return at < 0
    ? `table "${title}" not found: its heading is not in the text (lines 1–${lines.length})`
    : `table "${title}" not found: its heading is on line ${at + 1}, but the table's rows do not follow it there`
}
