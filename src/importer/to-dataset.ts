import type { z } from 'zod'
import {
  type Metric,
  MetricSchema,
  type Report,
  type ReportMeta,
  ReportSchema,
  type Rule,
  type Section,
  SectionSchema,
  type TableHeading,
  TableHeadingSchema,
} from '../domain/report-schema.ts'
import { metricInfo } from './formats/formats.ts'
import { splitLines } from './text.ts'
import type { ImportedTable, ImportResult } from './types.ts'

const TABLE_EN: Record<string, string> = {
  'national-2015': 'Statistics on government information disclosure',
  'national-2019.proactive': 'Proactive disclosure of government information',
  'national-2019.applications': 'Applications for disclosure received and handled',
  'national-2019.review-litigation': 'Administrative reconsideration and litigation',
  'national-2021.proactive': 'Proactive disclosure of government information',
  'national-2021.applications': 'Applications for disclosure received and handled',
  'national-2021.review-litigation': 'Administrative reconsideration and litigation',
}

/** The dataset's section id for a table: "table" for the single 2015 table, as in the dataset. */
export const sectionId = (table: string) => (table === 'national-2015' ? 'table' : table)

export type DatasetParts = {
  sections: Section[]
  tableHeadings: TableHeading[]
  metrics: Metric[]
  /** What the dataset schema refused, by id; those items are left out. */
  issues: string[]
}

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string, issues: string[]): T[] {
  const parsed = schema.safeParse(value)
  if (parsed.success) return [parsed.data]
  issues.push(`${what}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`)
  return []
}

/**
 * The imported figures in the dataset format: one table metric per figure that has a metric id,
 * citing the line it came from, and the heading rows. Each part is validated by the dataset schema.
 */
export function toDatasetParts(text: string, result: ImportResult): DatasetParts {
  const lines = splitLines(text)
  const issues: string[] = []
  const quote = (line: number, fallback: string) =>
    (lines[line - 1] ?? '').replace(/\r/g, '').trim() === '' ? fallback : (lines[line - 1] ?? '')
  const sections = result.tables.flatMap((table: ImportedTable) =>
    valid(
      SectionSchema,
      {
        id: sectionId(table.id),
        heading: { zh: table.title, en: TABLE_EN[table.id] ?? table.id },
        line: table.firstLine,
      },
      `section ${table.id}`,
      issues,
    ),
  )
  const metrics = result.figures.flatMap((figure) => {
    const info = figure.id && result.format ? metricInfo(result.format, figure.id) : undefined
    if (!figure.id || !info) return []
    const metric: Metric = {
      id: figure.id,
      label: info.label,
      unit: figure.unit,
      value: figure.value,
      asWritten: figure.asWritten,
      approximate: figure.approximate,
      category: info.category,
      source: 'table',
      table: { code: figure.code, parent: info.parent },
      citations: [
        {
          section: sectionId(figure.table),
          line: figure.line,
          quote: figure.quote ?? quote(figure.line, figure.rowLabel),
          ...(figure.cell ? { cell: figure.cell } : {}),
        },
      ],
    }
    return valid(MetricSchema, metric, `metric ${figure.id}`, issues)
  })
  const tableHeadings = result.headings.flatMap((heading) =>
    valid(TableHeadingSchema, heading, `heading ${heading.id}`, issues),
  )
  return { sections, tableHeadings, metrics, issues }
}

export type ReportBase = {
  id: string
  meta: Omit<ReportMeta, 'tableFormat'>
  /** The report's sections; the tables' sections are added where these have no section of that id. */
  sections?: Section[]
  rules?: Rule[]
}

/**
 * A whole report in the dataset format: what the importer read, plus what a table does not say
 * (the report's id, its source URL and contact). Validated by the dataset's own schema.
 */
export function buildReport(
  text: string,
  result: ImportResult,
  base: ReportBase,
): { ok: true; report: Report } | { ok: false; issues: string[] } {
  const parts = toDatasetParts(text, result)
  const given = base.sections ?? []
  const known = new Set(given.map((section) => section.id))
  const candidate = {
    id: base.id,
    meta: { ...base.meta, tableFormat: result.format },
    sections: [...given, ...parts.sections.filter((section) => !known.has(section.id))],
    tableHeadings: parts.tableHeadings,
    metrics: parts.metrics,
    rules: base.rules ?? [],
  }
  const parsed = ReportSchema.safeParse(candidate)
  if (parsed.success && parts.issues.length === 0) return { ok: true, report: parsed.data }
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(report)'}: ${issue.message}`)
  return { ok: false, issues: [...parts.issues, ...issues] }
}
