import { z } from 'zod'
import { CATEGORIES, type Category } from './category-ids.ts'

export { CATEGORIES, type Category }

/**
 * The one schema of the dataset and of the API. Every type the app uses for report data is
 * inferred from here; the contract test checks the OpenAPI document against the same shapes.
 */

export const LocalizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

export const CategorySchema = z.enum(CATEGORIES)

/** Units as they appear in the report (条, 件, 次 …); display labels live in `lib/format.ts`. */
export const UNITS = [
  'item', // 条
  'piece', // 件 (applications, cases, decisions, requests)
  'document', // 件 (rules and normative documents)
  'time', // 次
  'article', // 篇
  'ten-thousand-yuan', // 万元
  'count', // 个
  'person', // 人
  'person-time', // 人次
  'entry', // 项
  'transaction', // 笔
  'kind', // 类
  'percent', // %
] as const
export const UnitSchema = z.enum(UNITS)
export type Unit = z.infer<typeof UnitSchema>

const MetricIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lower-case words joined by "." or "-"')

export const CitationSchema = z.object({
  /** Id of a section in `sections`. */
  section: z.string().min(1),
  /** 1-based line number in the report's source text. */
  line: z.number().int().positive(),
  /** The exact sentence or table row, copied from that line. */
  quote: z.string().min(1),
  /**
   * Where the figure sits in the published page's tables, for a report read from a web page or a
   * PDF: the page's n-th table (0-based, counting every table of the article), row and column.
   */
  cell: z
    .object({
      table: z.number().int().nonnegative(),
      row: z.number().int().nonnegative(),
      column: z.number().int().nonnegative(),
    })
    .optional(),
})
export type Citation = z.infer<typeof CitationSchema>

export const TablePlacementSchema = z.object({
  /** Row number as printed: "一", "(一)", "1.", "其中", or null for an unnumbered row. */
  code: z.string().min(1).nullable(),
  /** Id of the heading row or metric this row sits under; null at the top level. */
  parent: z.string().min(1).nullable(),
})

export const MetricSchema = z
  .object({
    id: MetricIdSchema,
    label: LocalizedTextSchema,
    unit: UnitSchema,
    /** null means the report leaves the figure blank: not reported, never 0. */
    value: z.number().finite().nonnegative().nullable(),
    /** The figure exactly as printed ("2400余", "26.04 万", "33%"); "" for a blank cell. */
    asWritten: z.string(),
    /** True where the report says 余 or 约 (more than / about). */
    approximate: z.boolean(),
    category: CategorySchema,
    source: z.enum(['table', 'narrative']),
    table: TablePlacementSchema.optional(),
    citations: z.array(CitationSchema).min(1),
  })
  .superRefine((metric, ctx) => {
    if (metric.source === 'table' && !metric.table) {
      ctx.addIssue({
        code: 'custom',
        path: ['table'],
        message: 'a table figure needs its table row',
      })
    }
    if (metric.value === null && metric.asWritten !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['asWritten'],
        message: 'a figure that is not reported has nothing written',
      })
    }
  })
export type Metric = z.infer<typeof MetricSchema>

export const TableHeadingSchema = z.object({
  id: MetricIdSchema,
  code: z.string().min(1).nullable(),
  label: LocalizedTextSchema,
  parent: z.string().min(1).nullable(),
  line: z.number().int().positive(),
})
export type TableHeading = z.infer<typeof TableHeadingSchema>

export const SectionSchema = z.object({
  id: z.string().min(1),
  /** The heading as printed, e.g. "二、政府信息主动公开情况". */
  heading: LocalizedTextSchema,
  line: z.number().int().positive(),
})
export type Section = z.infer<typeof SectionSchema>

const RuleBase = {
  id: MetricIdSchema,
  label: LocalizedTextSchema,
}

/** Consistency rules are data; `checks.ts` evaluates them. */
export const RuleSchema = z.discriminatedUnion('kind', [
  z.object({
    ...RuleBase,
    kind: z.literal('sum'),
    terms: z.array(z.string()).min(2),
    total: z.string(),
  }),
  z.object({
    ...RuleBase,
    kind: z.literal('sum-to'),
    terms: z.array(z.string()).min(2),
    expected: z.number(),
  }),
  /** The statutory balance 一 + 二 = 三 + 四: two sums that must be equal. */
  z.object({
    ...RuleBase,
    kind: z.literal('equal-sums'),
    left: z.array(z.string()).min(1),
    right: z.array(z.string()).min(1),
  }),
  /** The total is at most the sum of its parts (one item may be counted in several parts). */
  z.object({
    ...RuleBase,
    kind: z.literal('covers'),
    terms: z.array(z.string()).min(2),
    total: z.string(),
  }),
  z.object({ ...RuleBase, kind: z.literal('at-most'), left: z.string(), right: z.string() }),
  z.object({ ...RuleBase, kind: z.literal('same-figure'), left: z.string(), right: z.string() }),
  z.object({
    ...RuleBase,
    kind: z.literal('stated-rate'),
    numerator: z.string(),
    denominator: z.string(),
    stated: z.string(),
  }),
])
export type Rule = z.infer<typeof RuleSchema>

/**
 * The statutory statistics-table formats: the 2015–2018 national table, the 2019 trial format
 * (国办公开办函〔2019〕60号) and the 2021 format (国办公开办函〔2021〕30号).
 */
export const TABLE_FORMATS = [
  'national-2015',
  'national-2019',
  'national-2021',
  'fujian-provincial',
] as const
export const TableFormatSchema = z.enum(TABLE_FORMATS)
export type TableFormat = z.infer<typeof TableFormatSchema>

export const ReportMetaSchema = z.object({
  title: LocalizedTextSchema,
  agency: LocalizedTextSchema,
  region: LocalizedTextSchema,
  year: z.number().int().min(2008).max(2100),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }),
  /** 填报日期 printed under the statistics table. */
  filedOn: z.iso.date().nullable(),
  /** Where the report says it is published; null when the report does not say. */
  sourceUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).nullable(),
  tableFormat: TableFormatSchema,
  contact: z.object({
    department: LocalizedTextSchema,
    address: z.string().min(1),
    postcode: z.string().min(1),
    phone: z.string().min(1),
    email: z.string().min(1),
  }),
})
export type ReportMeta = z.infer<typeof ReportMetaSchema>

export const ReportSchema = z
  .object({
    id: MetricIdSchema,
    meta: ReportMetaSchema,
    sections: z.array(SectionSchema).min(1),
    tableHeadings: z.array(TableHeadingSchema),
    metrics: z.array(MetricSchema).min(1),
    rules: z.array(RuleSchema),
  })
  .superRefine((report, ctx) => {
    const ids = new Set<string>()
    report.metrics.forEach((metric, index) => {
      if (ids.has(metric.id)) {
        ctx.addIssue({ code: 'custom', path: ['metrics', index, 'id'], message: 'duplicate id' })
      }
      ids.add(metric.id)
    })
    const sectionIds = new Set(report.sections.map((section) => section.id))
    const rowIds = new Set([...ids, ...report.tableHeadings.map((heading) => heading.id)])
    report.metrics.forEach((metric, index) => {
      metric.citations.forEach((citation, c) => {
        if (!sectionIds.has(citation.section)) {
          ctx.addIssue({
            code: 'custom',
            path: ['metrics', index, 'citations', c, 'section'],
            message: `unknown section "${citation.section}"`,
          })
        }
      })
      const parent = metric.table?.parent
      if (parent && !rowIds.has(parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index, 'table', 'parent'],
          message: `unknown table row "${parent}"`,
        })
      }
    })
    report.rules.forEach((rule, index) => {
      for (const ref of ruleMetricIds(rule)) {
        if (!ids.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index],
            message: `rule names unknown metric "${ref}"`,
          })
        }
      }
    })
  })
export type Report = z.infer<typeof ReportSchema>

export function ruleMetricIds(rule: Rule): string[] {
  switch (rule.kind) {
    case 'sum':
    case 'covers':
      return [...rule.terms, rule.total]
    case 'equal-sums':
      return [...rule.left, ...rule.right]
    case 'sum-to':
      return rule.terms
    case 'at-most':
    case 'same-figure':
      return [rule.left, rule.right]
    case 'stated-rate':
      return [rule.numerator, rule.denominator, rule.stated]
  }
}
