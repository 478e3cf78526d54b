import type { ComponentType } from 'react'
import type { ChartPalette } from '../components/chart/chart-theme.ts'
import type { Category } from '../domain/report-schema.ts'
import { OnlineServicesPanel } from '../features/online-services/online-services-panel.tsx'
import { TrafficPlatformPanel } from '../features/online-services/traffic-platform-panel.tsx'
import { ChannelSplitPanel } from '../features/proactive/channel-split-panel.tsx'
import type { Locale } from '../lib/locale.ts'

export type DashboardPanelProps = { reportId: string; locale: Locale; palette: ChartPalette }

/** Every chart panel of the dashboard, in page order, with the category it is filtered by. */
export const PANELS: readonly {
  id: string
  category: Category
  Component: ComponentType<DashboardPanelProps>
}[] = [
  { id: 'channel-split', category: 'proactive', Component: ChannelSplitPanel },
  { id: 'online-services', category: 'online-services', Component: OnlineServicesPanel },
  { id: 'traffic-platform', category: 'online-services', Component: TrafficPlatformPanel },
]
