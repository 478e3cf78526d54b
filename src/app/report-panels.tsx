import { memo } from 'react'
import { useReport } from '#src/api/get-report.ts'
import { useReportSource } from '#src/api/get-report-source.ts'
import { Panel } from '#src/components/panel/panel.tsx'
import type { Category } from '#src/domain/report-schema.ts'
import { CrossYearChecks } from '#src/features/checks/components/cross-year-checks.tsx'
import { DataChecks } from '#src/features/checks/components/data-checks.tsx'
import { HeadlineFigures } from '#src/features/report/components/headline-figures.tsx'
import { ReportHeader } from '#src/features/report/components/report-header.tsx'
import { provenanceLineCount, SourceView } from '#src/features/source/components/source-view.tsx'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'

/** What the report-wide panels (header, headlines, checks, text, compare) draw from. */
export type ReportPanelProps = { reportId: string; locale: Locale }

export const HeaderPanel = memo(function HeaderPanel({ reportId, locale }: ReportPanelProps) {
  const report = useReport(reportId)
  const title = report.data ? pick(report.data.meta.agency, locale) : t('appTitle', locale)
  return (
    <Panel title={title} locale={locale} query={report} minHeight={150} className="panel-wide">
      {(data) => <ReportHeader report={data} locale={locale} />}
    </Panel>
  )
})

export const HeadlinesPanel = memo(function HeadlinesPanel({
  reportId,
  locale,
  categories,
}: ReportPanelProps & { categories: string }) {
  const report = useReport(reportId)
  const selected = categories ? categories.split(',') : []
  const shown = (category: Category) => selected.length === 0 || selected.includes(category)
  return (
    <Panel
      title={t('headlines', locale)}
      locale={locale}
      query={report}
      minHeight={200}
      className="panel-wide"
    >
      {(data) => <HeadlineFigures report={data} locale={locale} shown={shown} />}
    </Panel>
  )
})

export const ChecksPanel = memo(function ChecksPanel({ reportId, locale }: ReportPanelProps) {
  const report = useReport(reportId)
  return (
    <Panel
      title={t('dataChecks', locale)}
      locale={locale}
      query={report}
      className="panel-wide panel-checks"
    >
      {(data) => (
        <DataChecks
          report={data}
          locale={locale}
          againstYearBefore={<CrossYearChecks report={data} locale={locale} />}
        />
      )}
    </Panel>
  )
})

export const ReportTextPanel = memo(function ReportTextPanel({
  reportId,
  locale,
}: ReportPanelProps) {
  const source = useReportSource(reportId)
  return (
    <Panel
      title={t('reportText', locale)}
      locale={locale}
      query={source}
      isEmpty={(data) => data.lines.length === 0}
      className="panel-source"
    >
      {(data) => {
        const provenance = provenanceLineCount(data.lines)
        return (
          <>
            <p className="panel-note">{t('reportTextNote', locale)}</p>
            {provenance > 0 && (
              <p className="panel-note">{t('reportTextProvenance', locale, { n: provenance })}</p>
            )}
            <SourceView
              lines={data.lines}
              provenance={provenance}
              label={t('reportText', locale)}
            />
          </>
        )
      }}
    </Panel>
  )
})
