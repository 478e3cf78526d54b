import type { QueryClient } from '@tanstack/react-query'
import { StrictMode, useEffect } from 'react'
import { App } from '#src/app/app.tsx'
import {
  type ChartPrerender,
  ChartPrerenderContext,
} from '#src/components/chart/chart-prerender.ts'

type Props = {
  queryClient: QueryClient
  /** Build time only: draws each chart as SVG markup (see render-dashboard.tsx). */
  prerenderChart?: ChartPrerender | null
  /** Called once the tree is on the page (rendered, or hydrated with its effects attached). */
  onMounted?: () => void
}

/**
 * The dashboard's whole tree, the same in the browser (src/main.tsx) and in the build's
 * prerender, so that the browser can hydrate the prerendered markup.
 */
export function DashboardRoot({ queryClient, prerenderChart = null, onMounted }: Props) {
  useEffect(() => {
    onMounted?.()
  }, [onMounted])
  return (
    <ChartPrerenderContext value={prerenderChart}>
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>
    </ChartPrerenderContext>
  )
}
