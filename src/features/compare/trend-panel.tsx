import { useCallback, useMemo } from 'react'
import { useReports } from '#src/api/get-reports.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import { ChartFileContext } from '#src/components/panel/chart-tools.tsx'
import { Panel } from '#src/components/panel/panel.tsx'
import type { ReportSummary } from '#src/contract/api-schema.ts'
import { figuresInFormat } from '#src/domain/comparable-figures.ts'
import { pick } from '#src/lib/locale.ts'
import { useSearchParams } from '#src/lib/url-state.ts'
import type { Column } from './comparison.ts'
import type { LineHref } from './comparison-table.tsx'
import { ComparisonView } from './comparison-view.tsx'
import { compareLabel } from './labels.ts'
import { ReportGate } from './report-gate.tsx'
import { comparedLineHref } from './source-href.ts'
import './compare.css'

/** The same agency's reports in the dataset, year by year (same `agency.zh`). */
export function TrendPanel({ reportId, locale, palette }: PanelProps) {
  const reports = useReports()
  return (
    <Panel
      title={compareLabel('trendTitle', locale)}
      locale={locale}
      query={reports}
      minHeight={240}
      className="panel-wide"
    >
      {(list) => (
        <TrendBody reportId={reportId} list={list.reports} locale={locale} palette={palette} />
      )}
    </Panel>
  )
}

type BodyProps = PanelProps & { list: readonly ReportSummary[] }

function TrendBody({ reportId, list, locale, palette }: BodyProps) {
  const current = list.find((report) => report.id === reportId)
  const years = useMemo(
    () =>
      list
        .filter((report) => report.agency.zh === current?.agency.zh)
        .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
    [list, current?.agency.zh],
  )
  const search = useSearchParams().toString()
  const lineHref = useCallback<LineHref>(
    (column: Column, line: number) => comparedLineHref(column, line, new URLSearchParams(search)),
    [search],
  )
  const file = useMemo(
    () => ({
      reportId: years.map((report) => report.id).join('_'),
      chart: compareLabel('trendTitle', locale),
    }),
    [years, locale],
  )
  if (!current) return <p className="panel-status">{compareLabel('currentNotListed', locale)}</p>
  if (years.length < 2) {
    return (
      <>
        <p className="panel-lead">
          <strong>{compareLabel('oneYear', locale)}</strong>
        </p>
        <p className="panel-note">{compareLabel('wouldCompare', locale)}</p>
        <ul className="compare-would">
          {figuresInFormat(current.tableFormat).map((figure) => (
            <li key={figure.id}>{pick(figure.label, locale)}</li>
          ))}
        </ul>
      </>
    )
  }
  return (
    <ChartFileContext value={file}>
      <ReportGate summaries={years} locale={locale}>
        {(reports) => (
          <ComparisonView
            reports={reports}
            currentId={reportId}
            locale={locale}
            palette={palette}
            lineHref={lineHref}
          />
        )}
      </ReportGate>
    </ChartFileContext>
  )
}
