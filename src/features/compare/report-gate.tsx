import { type UseQueryResult, useQueries } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { reportQueryOptions } from '#src/api/get-report.ts'
import { ErrorState } from '#src/components/panel/panel.tsx'
import type { ReportSummary } from '#src/contract/api-schema.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { compareLabel } from './labels.ts'

type Props = {
  summaries: readonly ReportSummary[]
  locale: Locale
  children: (reports: Report[]) => ReactNode
}

// Module-level, so TanStack Query re-runs it only when a query changes: `reports` stays the same
// array between renders, and so do the comparison and the chart option built from it.
const combine = (results: UseQueryResult<Report>[]) => {
  const reports = results.flatMap((result) => (result.data ? [result.data] : []))
  return { results, reports: reports.length === results.length ? reports : null }
}

/**
 * Loads each report on its own: one that fails shows its error and a retry of that report only,
 * while the others keep their data.
 */
export function ReportGate({ summaries, locale, children }: Props) {
  const { results, reports } = useQueries({
    queries: summaries.map((summary) => reportQueryOptions(summary.id)),
    combine,
  })
  const name = (summary: ReportSummary) =>
    `${pick(summary.agency, locale)} ${compareLabel('year', locale, { year: summary.year })}`
  const failed = summaries.flatMap((summary, index) => {
    const result = results[index]
    return result?.error ? [{ summary, result, error: result.error }] : []
  })
  if (failed.length > 0) {
    return failed.map(({ summary, result, error }) => (
      <ErrorState
        key={summary.id}
        locale={locale}
        title={compareLabel('reportFailed', locale, { name: name(summary) })}
        error={error}
        retrying={result.isFetching}
        onRetry={() => void result.refetch()}
      />
    ))
  }
  if (!reports) {
    const pending = summaries.filter((_, index) => results[index]?.isPending)
    return (
      <p className="panel-status" role="status">
        {compareLabel('reportLoading', locale, {
          name: pending.map(name).join(locale === 'zh' ? '、' : ', '),
        })}
      </p>
    )
  }
  return children(reports)
}
