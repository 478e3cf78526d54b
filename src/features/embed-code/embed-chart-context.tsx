import { createContext, type ReactNode, useContext, useMemo } from 'react'
import type { ThemeChoice } from '../../lib/view-params.ts'

/** The embeddable chart of the dashboard panel around it, and the dashboard's theme choice. */
export type EmbedChartTarget = { chartId: string; theme: ThemeChoice }

const EmbedChartContext = createContext<EmbedChartTarget | null>(null)

/** Null outside a panel registered with an embed chart: such a panel offers no embed action. */
export function useEmbedChartTarget(): EmbedChartTarget | null {
  return useContext(EmbedChartContext)
}

export function EmbedChartProvider({
  chartId,
  theme,
  children,
}: {
  chartId: string | undefined
  theme: ThemeChoice
  children: ReactNode
}) {
  const value = useMemo(() => (chartId ? { chartId, theme } : null), [chartId, theme])
  return <EmbedChartContext value={value}>{children}</EmbedChartContext>
}
