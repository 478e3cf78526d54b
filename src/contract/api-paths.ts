import type { Category } from '#src/domain/report-schema.ts'

/**
 * Every endpoint is a plain file path ending in `.json`, so the same URLs work against a live
 * API, the MSW mocks and the static files of the production build (no rewrite rules needed).
 * Paths are relative to the API base URL.
 */
export const apiPaths = {
  reportList: () => 'reports.json',
  report: (reportId: string) => `reports/${encodeURIComponent(reportId)}.json`,
  categoryMetrics: (reportId: string, category: Category) =>
    `reports/${encodeURIComponent(reportId)}/metrics/${category}.json`,
  reportSource: (reportId: string) => `reports/${encodeURIComponent(reportId)}/source.json`,
}
