import { QueryClientProvider } from '@tanstack/react-query'
import { createRef, type RefObject, useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { errorText } from '#src/api/api-error-text.ts'
import { useCategoryMetrics } from '#src/api/get-category-metrics.ts'
import { createQueryClient } from '#src/api/query-client.ts'
import { findEmbedChart } from '#src/catalogue/charts.ts'
import { type ChartExport, ChartHost } from '#src/components/chart/chart-host.tsx'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { ChartDrawing, EmbedChart } from '#src/components/panel/chart-description.ts'
import { saveFile } from '#src/components/panel/figure-rows.ts'
import { figureIndex } from '#src/domain/figures.ts'
import type { Locale } from '#src/lib/locale.ts'
import { embedText } from './embed-text.ts'

type Props = {
  chart: EmbedChart
  locale: Locale
  theme: 'light' | 'dark'
  reportId: string
  onDrawn: () => void
  exportRef: RefObject<ChartExport | null>
  onError: (message: string) => void
}

/** The interactive chart (tooltips), fed by the API like a dashboard panel. */
function LiveChart({ chart, locale, theme, reportId, onDrawn, onError, exportRef }: Props) {
  const query = useCategoryMetrics(reportId, chart.category)
  const [drawing, setDrawing] = useState<ChartDrawing | null>(null)
  useEffect(() => {
    void chart.load().then(setDrawing)
  }, [chart])
  useEffect(() => {
    if (query.error) {
      onError(embedText('liveFailed', locale, { reason: errorText(query.error, locale).message }))
    }
  }, [query.error, locale, onError])
  const figures = useMemo(() => (query.data ? figureIndex(query.data.metrics) : null), [query.data])
  const option = useMemo(
    () =>
      drawing && figures
        ? drawing.build({ figures, locale, palette: CHART_PALETTES[theme] })
        : null,
    [drawing, figures, locale, theme],
  )
  useEffect(() => {
    if (option) onDrawn()
  }, [option, onDrawn])
  if (!option || !figures || !drawing) return null
  return (
    <ChartHost
      option={option}
      height={chart.height}
      label={drawing.describe(figures, locale)}
      exportRef={exportRef}
    />
  )
}

/**
 * Mounts the interactive chart in the figure; resolves with its image export once ECharts has
 * drawn it.
 */
export function mountLiveChart({
  figure,
  chartId,
  ...props
}: Omit<Props, 'onDrawn' | 'onError' | 'exportRef' | 'chart'> & {
  figure: HTMLElement
  chartId: string
}): Promise<ChartExport> {
  const chart = findEmbedChart(chartId)
  if (!chart) return Promise.reject(new Error(`no embeddable chart "${chartId}"`))
  const host = document.createElement('div')
  host.className = 'embed-live'
  figure.append(host)
  const message = document.querySelector<HTMLElement>('.embed-message')
  const exportRef = createRef<ChartExport>()
  const drawn = new Promise<ChartExport>((resolve) => {
    const observer = new MutationObserver(() => {
      if (exportRef.current && host.querySelector('.chart-host[data-drawn="true"]')) {
        observer.disconnect()
        resolve(exportRef.current)
      }
    })
    observer.observe(host, { attributes: true, subtree: true, childList: true })
  })
  createRoot(host).render(
    <QueryClientProvider client={createQueryClient()}>
      <LiveChart
        {...props}
        chart={chart}
        exportRef={exportRef}
        onDrawn={() => figure.classList.add('is-live')}
        onError={(text) => {
          if (message) {
            message.textContent = text
            message.hidden = false
          }
        }}
      />
    </QueryClientProvider>,
  )
  return drawn
}

/** Saves the drawn chart as a PNG named by report, chart and language. */
export async function savePng(chart: Promise<ChartExport>, name: string) {
  const blob = await (await chart).png()
  if (blob) saveFile(blob, name)
}
