import { CATEGORIES, type Category, type Report } from '#src/domain/report-schema.ts'
import { apiPaths } from './api-paths.ts'
import type { ApiErrorBody, CategoryMetrics, ReportList, ReportSource } from './api-schema.ts'

/** A bundled report: the dataset and the text it cites. */
export type BundledReport = { report: Report; sourceText: string }

export function reportListResponse(bundle: readonly BundledReport[]): ReportList {
  return {
    reports: bundle.map(({ report }) => ({
      id: report.id,
      title: report.meta.title,
      agency: report.meta.agency,
      region: report.meta.region,
      year: report.meta.year,
      tableFormat: report.meta.tableFormat,
      metricCount: report.metrics.length,
    })),
  }
}

export function categoryMetricsResponse(report: Report, category: Category): CategoryMetrics {
  return {
    reportId: report.id,
    category,
    metrics: report.metrics.filter((metric) => metric.category === category),
  }
}

export function reportSourceResponse({ report, sourceText }: BundledReport): ReportSource {
  return { reportId: report.id, lines: sourceText.replace(/\r\n?/g, '\n').split('\n') }
}

export function notFound(message: string): ApiErrorBody {
  return { error: { code: 'not-found', message } }
}

/** Every response of the API as path → body: the static build writes exactly these files. */
export function staticApiFiles(bundle: readonly BundledReport[]): Map<string, unknown> {
  const files = new Map<string, unknown>([[apiPaths.reportList(), reportListResponse(bundle)]])
  for (const entry of bundle) {
    const { report } = entry
    files.set(apiPaths.report(report.id), report)
    files.set(apiPaths.reportSource(report.id), reportSourceResponse(entry))
    for (const category of CATEGORIES) {
      files.set(
        apiPaths.categoryMetrics(report.id, category),
        categoryMetricsResponse(report, category),
      )
    }
  }
  return files
}
