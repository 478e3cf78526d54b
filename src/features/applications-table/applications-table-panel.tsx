import { createContext, useContext, useMemo } from 'react'
import { useReport } from '#src/api/get-report.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import { ChartFileContext } from '#src/components/panel/chart-tools.tsx'
import { type ChartBodyProps, ChartPanel } from '#src/components/panel/chart-with-selection.tsx'
import { chartFileName, figuresCsv, saveFile } from '#src/components/panel/figure-rows.ts'
import type { TableHeading } from '#src/domain/report-schema.ts'
import { pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { ApplicationsMatrix } from './applications-matrix.tsx'
import { APPLICATIONS_TABLE_LABELS, applicationsTableLabel } from './labels.ts'
import { matrixFigures, matrixRows } from './matrix-rows.ts'

/** The panel applies to a report whose applications table has applicant columns (2019, 2021). */
export const APPLICATIONS_TABLE_PANEL_IDS = [
  'applications.new.total',
  'applications.results-total.total',
  'applications.granted.total',
] as const

/** The report's table headings, from the report the header already loads; none until it arrives. */
const HeadingsContext = createContext<readonly TableHeading[]>([])

const NO_HEADINGS: readonly TableHeading[] = []

export function ApplicationsTablePanel(props: PanelProps) {
  const report = useReport(props.reportId)
  return (
    <HeadingsContext value={report.data?.tableHeadings ?? NO_HEADINGS}>
      <ChartPanel
        {...props}
        category="applications"
        title={pick(APPLICATIONS_TABLE_LABELS.title, props.locale)}
        minHeight={1170}
        wide
        body={ApplicationsTableBody}
      />
    </HeadingsContext>
  )
}

function ApplicationsTableBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  const headings = useContext(HeadingsContext)
  const { reportId, chart: name } = useContext(ChartFileContext)
  const cells = useMemo(
    () => matrixFigures(matrixRows(figures.values(), headings)),
    [figures, headings],
  )
  const download = () =>
    saveFile(
      new Blob([figuresCsv(cells, figures, locale)], { type: 'text/csv;charset=utf-8' }),
      chartFileName(reportId, name, locale, 'csv'),
    )
  return (
    <>
      <div className="chart-tools">
        <p className="panel-note applications-matrix-note">
          {applicationsTableLabel('note', locale)}
        </p>
        <div className="chart-downloads">
          <span>{t('download', locale)}</span>
          <button type="button" onClick={download}>
            CSV
          </button>
        </div>
      </div>
      <ApplicationsMatrix figures={figures} headings={headings} locale={locale} />
    </>
  )
}
