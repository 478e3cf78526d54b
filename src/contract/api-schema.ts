import { z } from 'zod'
import {
  CategorySchema,
  LocalizedTextSchema,
  MetricSchema,
  ReportMetaSchema,
  ReportSchema,
} from '#src/domain/report-schema.ts'

/** Response bodies of the API described in docs/openapi.yaml. */

export const ReportSummarySchema = z.object({
  id: z.string().min(1),
  title: LocalizedTextSchema,
  agency: LocalizedTextSchema,
  region: LocalizedTextSchema,
  year: ReportMetaSchema.shape.year,
  tableFormat: ReportMetaSchema.shape.tableFormat,
  metricCount: z.number().int().nonnegative(),
})
export type ReportSummary = z.infer<typeof ReportSummarySchema>

export const ReportListSchema = z.object({ reports: z.array(ReportSummarySchema) })
export type ReportList = z.infer<typeof ReportListSchema>

export const ReportResponseSchema = ReportSchema

export const CategoryMetricsSchema = z.object({
  reportId: z.string().min(1),
  category: CategorySchema,
  metrics: z.array(MetricSchema),
})
export type CategoryMetrics = z.infer<typeof CategoryMetricsSchema>

export const ReportSourceSchema = z.object({
  reportId: z.string().min(1),
  /** The report's text, one entry per line; citations point at 1-based line numbers. */
  lines: z.array(z.string()),
})
export type ReportSource = z.infer<typeof ReportSourceSchema>

export const ApiErrorSchema = z.object({
  error: z.object({ code: z.enum(['not-found', 'invalid-dataset']), message: z.string().min(1) }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>
