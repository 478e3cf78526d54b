import { type Report, ReportSchema } from '#src/domain/report-schema.ts'
import type { BundledReport } from './api-responses.ts'
import { describeIssues } from './describe-issues.ts'

// Plain fields, not parameter properties: Node's type stripping runs this file in scripts.
export class DatasetError extends Error {
  readonly file: string
  readonly problems: string[]

  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid report:\n${problems.map((line) => `  - ${line}`).join('\n')}`)
    this.name = 'DatasetError'
    this.file = file
    this.problems = problems
  }
}

export function parseReport(file: string, json: unknown): Report {
  const result = ReportSchema.safeParse(json)
  if (!result.success) throw new DatasetError(file, describeIssues(result.error.issues, json))
  return result.data
}

/**
 * The dashboard's default report, shown at `/` and prerendered: the first customer's. Listed first;
 * the other reports follow by year, then id.
 */
export const DEFAULT_REPORT_ID = 'wuzhong-psb-2018'

/**
 * Pairs each `<id>.json` dataset with its `<id>.source.txt` and validates it.
 * Keys are file paths; the dataset folder is data/reports/. The default report is listed first
 * (the dashboard shows the first one when no report is asked for), then the others by year and id.
 */
export function loadBundle(
  reportFiles: Record<string, unknown>,
  sourceFiles: Record<string, string>,
): BundledReport[] {
  return Object.keys(reportFiles)
    .sort()
    .map((file) => {
      const report = parseReport(file, reportFiles[file])
      const sourceFile = file.replace(/\.json$/, '.source.txt')
      const sourceText = sourceFiles[sourceFile]
      if (sourceText === undefined) {
        throw new DatasetError(file, [`the report text ${sourceFile} is missing`])
      }
      return { report, sourceText }
    })
    .sort(
      (a, b) =>
        Number(b.report.id === DEFAULT_REPORT_ID) - Number(a.report.id === DEFAULT_REPORT_ID) ||
        a.report.meta.year - b.report.meta.year ||
        a.report.id.localeCompare(b.report.id),
    )
}
