import { lazy, memo, Suspense } from 'react'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { COMPARE_LABELS } from '#src/features/compare/labels.ts'
import { PanelLoading } from './panel-slot.tsx'
import type { ReportPanelProps } from './report-panels.tsx'

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

/** Other years of the same agency, and another report side by side: not filtered by category. */
export const ComparePanels = memo(function ComparePanels({
  reportId,
  locale,
  palette,
}: ReportPanelProps & { palette: ChartPalette }) {
  return (
    <>
      <Suspense fallback={<PanelLoading title={compareTitles.trend[locale]} locale={locale} />}>
        <TrendPanel reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
      <Suspense fallback={<PanelLoading title={compareTitles.compare[locale]} locale={locale} />}>
        <ComparePanel reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
    </>
  )
})
