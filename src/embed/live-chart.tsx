import { QueryClientProvider } from '@tanstack/react-query'
import { createRef, type RefObject, useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { useCategoryMetrics } from '#src/api/get-category-metrics.ts'
import { createQueryClient } from '#src/app/query-client.ts'
import { type ChartExport, ChartHost } from '#src/components/chart/chart-host.tsx'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { describeChart } from '#src/components/chart/describe-chart.ts'
import { saveFile } from '#src/components/panel/figure-rows.ts'
import { figureIndex } from '#src/domain/figures.ts'
import type { Locale } from '#src/lib/locale.ts'
import type { ChartBuilder, EmbedChart } from './embed-charts.ts'
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
  const [build, setBuild] = useState<ChartBuilder | null>(null)
  useEffect(() => {
    void chart.load().then((builder) => setBuild(() => builder))
  }, [chart])
  useEffect(() => {
    if (query.error) onError(embedText('liveFailed', locale, { reason: query.error.message }))
  }, [query.error, locale, onError])
  const figures = useMemo(() => (query.data ? figureIndex(query.data.metrics) : null), [query.data])
  const option = useMemo(
    () => (build && figures ? build({ figures, locale, palette: CHART_PALETTES[theme] }) : null),
    [build, figures, locale, theme],
  )
  useEffect(() => {
    if (option) onDrawn()
  }, [option, onDrawn])
  if (!option || !figures) return null
  return (
    <ChartHost
      option={option}
      height={chart.height}
      label={describeChart(option, figures, locale)}
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
  ...props
}: Omit<Props, 'onDrawn' | 'onError' | 'exportRef'> & {
  figure: HTMLElement
}): Promise<ChartExport> {
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
