import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { categoryMetricsQueryOptions } from '#src/api/get-category-metrics.ts'
import { useReport } from '#src/api/get-report.ts'
import { likelyPanels, reportPanels } from '#src/catalogue/panel-rules.ts'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { CATEGORIES, type Category, type TableFormat } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { AbsentPanels } from './absent-panels.tsx'
import { ComparePanels } from './compare-panels.tsx'
import { preloadPanels } from './panel-components.tsx'
import { PanelSlot } from './panel-slot.tsx'
import { ChecksPanel, HeaderPanel, HeadlinesPanel, ReportTextPanel } from './report-panels.tsx'

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
        <div
          key={panel.id}
          className="panel-slot"
          data-panel={panel.id}
          hidden={!shown(panel.category)}
        >
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
