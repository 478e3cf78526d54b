import { useCallback, useMemo } from 'react'
import { useReports } from '#src/api/get-reports.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import { ChartFileContext } from '#src/components/panel/chart-tools.tsx'
import { Panel } from '#src/components/panel/panel.tsx'
import type { ReportSummary } from '#src/contract/api-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { useSearchParams } from '#src/lib/url-state.ts'
import type { Column } from './comparison.ts'
import type { LineHref } from './comparison-table.tsx'
import { ComparisonView } from './comparison-view.tsx'
import { compareLabel, FORMAT_SHORT } from './labels.ts'
import { ReportGate } from './report-gate.tsx'
import { comparedLineHref } from './source-href.ts'
import { useCompareParam } from './use-compare-param.ts'
import './compare.css'

/**
 * This report beside another one the reader picks (`?compare=<id>`): the figures both tables
 * give, side by side, with what makes the comparison approximate.
 */
export function ComparePanel({ reportId, locale, palette }: PanelProps) {
  const reports = useReports()
  const title = compareLabel('compareTitle', locale)
  return (
    <Panel title={title} locale={locale} query={reports} minHeight={240} className="panel-wide">
      {(list) => (
        <CompareBody reportId={reportId} list={list.reports} locale={locale} palette={palette} />
      )}
    </Panel>
  )
}

type BodyProps = PanelProps & { list: readonly ReportSummary[] }

function CompareBody({ reportId, list, locale, palette }: BodyProps) {
  const [compareId, setCompare] = useCompareParam()
  const current = list.find((report) => report.id === reportId)
  const others = list.filter((report) => report.id !== reportId)
  const other = others.find((report) => report.id === compareId)
  const search = useSearchParams().toString()
  const lineHref = useCallback<LineHref>(
    (column: Column, line: number) =>
      comparedLineHref(column, line, new URLSearchParams(search), { compare: reportId }),
    [search, reportId],
  )
  const file = useMemo(
    () => ({
      reportId: `${reportId}_${other?.id ?? ''}`,
      chart: compareLabel('compareTitle', locale),
    }),
    [reportId, other?.id, locale],
  )
  if (!current) return <p className="panel-status">{compareLabel('currentNotListed', locale)}</p>
  if (others.length === 0)
    return <p className="panel-status">{compareLabel('noOtherReport', locale)}</p>
  return (
    <>
      <div className="compare-controls">
        <label>
          {compareLabel('compareWith', locale)}
          <select value={other?.id ?? ''} onChange={(event) => setCompare(event.target.value)}>
            <option value="">{compareLabel('chooseReport', locale)}</option>
            {others.map((report) => (
              <option key={report.id} value={report.id}>
                {reportName(report, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {compareId && !other && (
        <p className="compare-message" role="status">
          {compareId === reportId
            ? compareLabel('sameReport', locale)
            : compareLabel('unknownCompare', locale, { id: compareId })}
        </p>
      )}
      {other ? (
        <ChartFileContext value={file}>
          <ReportGate summaries={[current, other]} locale={locale}>
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
      ) : (
        !compareId && <p className="panel-status">{compareLabel('choosePrompt', locale)}</p>
      )}
    </>
  )
}

/** "淮安市人民政府 · 2024年 · 2021年版统计表": a report as the select lists it. */
export function reportName(report: ReportSummary, locale: Locale): string {
  return [
    pick(report.agency, locale),
    compareLabel('year', locale, { year: report.year }),
    pick(FORMAT_SHORT[report.tableFormat], locale),
  ].join(' · ')
}
