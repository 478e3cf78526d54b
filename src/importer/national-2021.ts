import { APPLICATIONS_TABLE, readApplications2021 } from './national-2021-applications.ts'
import type { Read2021 } from './national-2021-figures.ts'
import { PROACTIVE_TABLE, readProactive2021 } from './national-2021-proactive.ts'
import { REVIEW_TABLE, readReview2021 } from './national-2021-review.ts'
import { APPLICATION_ROWS_2021, HEADINGS_2021 } from './national-2021-rows.ts'
import { compact, readCode } from './text.ts'
import type { ImportedHeading, ImportedMeta, ImportedTable, ImportResult } from './types.ts'

type Parsed = Pick<ImportResult, 'tables' | 'figures' | 'problems' | 'headings' | 'meta'>

const TABLES = [
  {
    id: PROACTIVE_TABLE,
    heading: 'table.proactive',
    title: '主动公开政府信息情况',
    read: readProactive2021,
  },
  {
    id: APPLICATIONS_TABLE,
    heading: 'table.applications',
    title: '收到和处理政府信息公开申请情况',
    read: readApplications2021,
  },
  {
    id: REVIEW_TABLE,
    heading: 'table.review-litigation',
    title: '政府信息公开行政复议、行政诉讼情况',
    read: readReview2021,
  },
] as const

/** A section heading ("三、收到和处理…"): a short line that starts with its key, after a number. */
function findHeading(lines: readonly string[], key: string, from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = compact(lines[i] ?? '').text
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
    const text = compact(lines[i] ?? '').text
    if (/^[五六七八]、/.test(text) || text.includes('存在的主要问题')) return i
  }
  return lines.length
}

/** Reads the three tables of the 2021 format (国办公开办函〔2021〕30号). */
export function readNational2021(lines: readonly string[]): Parsed {
  const out: Read2021 = { figures: [], problems: [] }
  const tables: ImportedTable[] = []
  const headings: ImportedHeading[] = []
  const starts: number[] = []
  let from = 0
  for (const table of TABLES) {
    const meta = HEADINGS_2021.find((h) => h.id === table.heading)
    const start = findHeading(lines, meta?.keys[0] ?? table.title, from)
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
    const read = table.read(lines, start, end)
    out.figures.push(...read.figures)
    out.problems.push(...read.problems)
    tables.push({
      id: table.id,
      format: 'national-2021',
      title: table.title,
      firstLine: start + 1,
      lastLine: end,
    })
  })
  for (const heading of HEADINGS_2021) {
    const line = headingLine(heading.id, starts, out)
    if (line === null) continue
    const { id, code, zh, en, parent } = heading
    headings.push({ id, code, label: { zh, en }, parent, line })
  }
  return { tables, headings, meta: readMeta(lines), ...out }
}

/** A heading's line: its own for the tables; for sub-headings, the line of their first figure. */
function headingLine(id: string, starts: number[], out: Read2021): number | null {
  const table = TABLES.findIndex((t) => t.heading === id)
  if (table >= 0) return (starts[table] ?? -1) >= 0 ? (starts[table] ?? 0) + 1 : null
  const prefixes =
    id === 'table.litigation'
      ? ['litigation.']
      : APPLICATION_ROWS_2021.filter((row) => isUnder(row.parent, id)).map(
          (row) => `applications.${row.id}.`,
        )
  const first = out.figures.find((f) => prefixes.some((prefix) => f.id?.startsWith(prefix)))
  return first ? first.line : null
}

/** Whether a heading is `ancestor` or sits (at any depth) under it. */
function isUnder(heading: string | null, ancestor: string): boolean {
  for (let at = heading, depth = 0; at !== null && depth < 8; depth++) {
    if (at === ancestor) return true
    at = HEADINGS_2021.find((h) => h.id === at)?.parent ?? null
  }
  return false
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
