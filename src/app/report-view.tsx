import { useQueryClient } from '@tanstack/react-query'
import { lazy, memo, Suspense, useEffect, useMemo, useState } from 'react'
import { categoryMetricsQueryOptions } from '#src/api/get-category-metrics.ts'
import { useReport } from '#src/api/get-report.ts'
import { useReportSource } from '#src/api/get-report-source.ts'
import { likelyPanels, type PanelSplit, reportPanels } from '#src/catalogue/panel-rules.ts'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { type ChartDescription, embedChartOf } from '#src/components/panel/chart-description.ts'
import { Panel } from '#src/components/panel/panel.tsx'
import { PanelActions } from '#src/components/panel/panel-actions.tsx'
import {
  CATEGORIES,
  type Category,
  type Report,
  type TableFormat,
} from '#src/domain/report-schema.ts'
import { TABLE_FORMAT_SHORT } from '#src/domain/table-formats.ts'
import { DataChecks } from '#src/features/checks/components/data-checks.tsx'
import { COMPARE_LABELS } from '#src/features/compare/labels.ts'
import { EmbedAction } from '#src/features/embed-code/components/embed-action.tsx'
import { HeadlineFigures } from '#src/features/report/components/headline-figures.tsx'
import { ReportHeader } from '#src/features/report/components/report-header.tsx'
import { provenanceLineCount, SourceView } from '#src/features/source/components/source-view.tsx'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { CataloguePanel, preloadPanels } from './panel-components.tsx'

type Props = {
  reportId: string
  /** The report's table format, from the report list: which panels to lay out before it loads. */
  tableFormat: TableFormat
  locale: Locale
  theme: 'light' | 'dark'
  /** The theme as chosen (system, light, dark): embed snippets start from it. */
  themeChoice: ThemeChoice
  categories: readonly Category[]
}

/**
 * The report's panels. A filter hides panels instead of unmounting them, and every panel is
 * memoised, so applying a filter re-renders the headline cards and nothing else. Panels the
 * report has no figures for are listed once, with the reason, instead of drawn empty.
 */
export function ReportView({
  reportId,
  tableFormat,
  locale,
  theme,
  themeChoice,
  categories,
}: Props) {
  const shown = (category: Category) => categories.length === 0 || categories.includes(category)
  const palette = CHART_PALETTES[theme]
  const report = useReport(reportId)
  usePrefetchCategories(reportId)
  // The panels' code loads while the report does, so that they draw as soon as it arrives.
  void preloadPanels(likelyPanels(tableFormat))
  const split = useMemo(() => reportPanels(report.data), [report.data])
  const { present } = split
  const slow = usePendingFor(report.isPending, reportId, LAYOUT_WAIT_MS)
  const [laidOut, setLaidOut] = useState(false)
  // While the page's first report loads, only the header (saying so) is laid out: its height
  // depends on the report's text, and anything below it would shift when it arrives. The rest
  // appears in one go, each panel at its reserved height.
  const waiting = report.isPending && !slow && !laidOut
  useEffect(() => {
    if (!waiting) setLaidOut(true)
  }, [waiting])
  const header = <HeaderPanel reportId={reportId} locale={locale} />
  if (waiting) return header
  // A report slower than that, or the reader switching reports (the page stays as it is, and the
  // shift follows their choice): the panels its table format can have are laid out, so the
  // figures of the categories (prefetched in parallel) show meanwhile. If the report cannot be
  // loaded, every panel tries its own category regardless.
  const panels = report.isPending ? likelyPanels(tableFormat) : present
  return (
    <>
      {header}
      <HeadlinesPanel reportId={reportId} locale={locale} categories={categories.join(',')} />
      {panels.map((panel) => (
        <div key={panel.id} className="panel-slot" hidden={!shown(panel.category)}>
          <PanelSlot
            panel={panel}
            reportId={reportId}
            locale={locale}
            palette={palette}
            themeChoice={themeChoice}
          />
        </div>
      ))}
      {!report.isPending && !panels.some((panel) => shown(panel.category)) && (
        <p className="panel-status">{t('noPanelsForFilter', locale)}</p>
      )}
      <ComparePanels reportId={reportId} locale={locale} palette={palette} />
      {report.data && split.notInFormat.length + split.notInText.length > 0 && (
        <AbsentPanels report={report.data} split={split} locale={locale} />
      )}
      <ChecksPanel reportId={reportId} locale={locale} />
      <ReportTextPanel reportId={reportId} locale={locale} />
    </>
  )
}

/** How long the page waits for the report before laying out its panels without it. */
export const LAYOUT_WAIT_MS = 1000

/** True once `pending` has lasted `ms` for the same `key`; false again as soon as it ends. */
function usePendingFor(pending: boolean, key: string, ms: number): boolean {
  const [longFor, setLongFor] = useState<string | null>(null)
  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(() => setLongFor(key), ms)
    return () => clearTimeout(timer)
  }, [pending, key, ms])
  return pending && longFor === key
}

/** Every category's figures are fetched at once, in parallel with the report itself. */
function usePrefetchCategories(reportId: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    for (const category of CATEGORIES) {
      void queryClient.prefetchQuery(categoryMetricsQueryOptions(reportId, category))
    }
  }, [queryClient, reportId])
}

type AbsentProps = { report: Report; split: PanelSplit; locale: Locale }

/** What the report does not have: the other formats' tables by name, the text's topics in one line. */
function AbsentPanels({ report, split, locale }: AbsentProps) {
  const separator = locale === 'zh' ? '、' : ', '
  const names = (panels: readonly ChartDescription[]) =>
    panels.map((panel) => pick(panel.title, locale)).join(separator)
  return (
    <section className="panel panel-wide panel-absent" aria-labelledby="absent-panels">
      <h2 id="absent-panels">{t('notInReport', locale)}</h2>
      <ul>
        {split.notInFormat.length > 0 && (
          <li>
            {t('notInFormat', locale, {
              format: pick(TABLE_FORMAT_SHORT[report.meta.tableFormat], locale),
              names: names(split.notInFormat),
            })}
          </li>
        )}
        {split.notInText.length > 0 && (
          <li>{t('notInText', locale, { names: names(split.notInText) })}</li>
        )}
      </ul>
    </section>
  )
}

type SlotProps = {
  panel: ChartDescription
  reportId: string
  locale: Locale
  palette: ChartPalette
  themeChoice: ThemeChoice
}

const PanelSlot = memo(function PanelSlot({
  panel,
  reportId,
  locale,
  palette,
  themeChoice,
}: SlotProps) {
  const embedChart = embedChartOf(panel)
  return (
    <PanelActions
      actions={embedChart && <EmbedAction chart={embedChart} locale={locale} theme={themeChoice} />}
    >
      <Suspense fallback={<Loading title={pick(panel.title, locale)} locale={locale} />}>
        <CataloguePanel panel={panel} reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
    </PanelActions>
  )
})

type ReportPanelProps = { reportId: string; locale: Locale }

const compareTitles = {
  trend: COMPARE_LABELS.trendTitle,
  compare: COMPARE_LABELS.compareTitle,
}

// Below the report's own panels, so loaded after them.
const TrendPanel = lazy(() =>
  import('#src/features/compare/trend-panel.tsx').then((m) => ({ default: m.TrendPanel })),
)
const ComparePanel = lazy(() =>
  import('#src/features/compare/compare-panel.tsx').then((m) => ({ default: m.ComparePanel })),
)

/**
 * A panel whose code is still loading: its title, and the room it will take. Not a region of its
 * own: the panel that replaces it is, under the same name.
 */
function Loading({ title, locale }: { title: string; locale: Locale }) {
  return (
    <section className="panel panel-wide" aria-busy="true" style={{ minHeight: 240 }}>
      <h2>{title}</h2>
      <p className="panel-status">{t('loading', locale)}</p>
    </section>
  )
}

/** Other years of the same agency, and another report side by side: not filtered by category. */
const ComparePanels = memo(function ComparePanels({
  reportId,
  locale,
  palette,
}: ReportPanelProps & { palette: ChartPalette }) {
  return (
    <>
      <Suspense fallback={<Loading title={compareTitles.trend[locale]} locale={locale} />}>
        <TrendPanel reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
      <Suspense fallback={<Loading title={compareTitles.compare[locale]} locale={locale} />}>
        <ComparePanel reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
    </>
  )
})

const HeaderPanel = memo(function HeaderPanel({ reportId, locale }: ReportPanelProps) {
  const report = useReport(reportId)
  const title = report.data ? pick(report.data.meta.agency, locale) : t('appTitle', locale)
  return (
    <Panel title={title} locale={locale} query={report} minHeight={150} className="panel-wide">
      {(data) => <ReportHeader report={data} locale={locale} />}
    </Panel>
  )
})

const HeadlinesPanel = memo(function HeadlinesPanel({
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

const ChecksPanel = memo(function ChecksPanel({ reportId, locale }: ReportPanelProps) {
  const report = useReport(reportId)
  return (
    <Panel
      title={t('dataChecks', locale)}
      locale={locale}
      query={report}
      className="panel-wide panel-checks"
    >
      {(data) => <DataChecks report={data} locale={locale} />}
    </Panel>
  )
})

const ReportTextPanel = memo(function ReportTextPanel({ reportId, locale }: ReportPanelProps) {
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
