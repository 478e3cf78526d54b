import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '../app/query-client.ts'
import { ChartHost } from '../components/chart/chart-host.tsx'
import { CHART_PALETTES } from '../components/chart/chart-theme.ts'
import { describeChart } from '../components/chart/describe-chart.ts'
import { figureIndex } from '../domain/figures.ts'
import { useCategoryMetrics } from '../features/report/api/get-category-metrics.ts'
import type { Locale } from '../lib/locale.ts'
import type { ChartBuilder, EmbedChart } from './embed-charts.ts'
import { embedText } from './embed-text.ts'

type Props = {
  chart: EmbedChart
  locale: Locale
  theme: 'light' | 'dark'
  reportId: string
  onDrawn: () => void
  onError: (message: string) => void
}

/** The interactive chart (tooltips), fed by the API like a dashboard panel. */
function LiveChart({ chart, locale, theme, reportId, onDrawn, onError }: Props) {
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
    />
  )
}

export function mountLiveChart({
  figure,
  ...props
}: Omit<Props, 'onDrawn' | 'onError'> & { figure: HTMLElement }) {
  const host = document.createElement('div')
  host.className = 'embed-live'
  figure.append(host)
  const message = document.querySelector<HTMLElement>('.embed-message')
  createRoot(host).render(
    <QueryClientProvider client={createQueryClient()}>
      <LiveChart
        {...props}
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
}
