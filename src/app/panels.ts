import type { ComponentType } from 'react'
import type { ChartPalette } from '../components/chart/chart-theme.ts'
import type { Category } from '../domain/report-schema.ts'
import { ApplicationsPanel } from '../features/applications/applications-panel.tsx'
import { InterpretationPanel } from '../features/interpretation/interpretation-panel.tsx'
import { OnlineServicesPanel } from '../features/online-services/online-services-panel.tsx'
import { TrafficPlatformPanel } from '../features/online-services/traffic-platform-panel.tsx'
import { OrganisationPanel } from '../features/organisation/organisation-panel.tsx'
import { CategorySharePanel } from '../features/proactive/category-share-panel.tsx'
import { ChannelSplitPanel } from '../features/proactive/channel-split-panel.tsx'
import { EnforcementDisclosurePanel } from '../features/proactive/enforcement-panel.tsx'
import { ProposalsPanel } from '../features/requests/proposals-panel.tsx'
import { RequestsPanel } from '../features/requests/requests-panel.tsx'
import { ReviewLitigationPanel } from '../features/review-litigation/review-litigation-panel.tsx'
import type { Locale } from '../lib/locale.ts'

export type DashboardPanelProps = { reportId: string; locale: Locale; palette: ChartPalette }

/**
 * Every chart panel of the dashboard, in page order, with the category it is filtered by and the
 * id of its chart in EMBED_CHARTS when a portal can embed it (the panel then offers "嵌入").
 */
export type DashboardPanel = {
  id: string
  category: Category
  embedChartId?: string
  Component: ComponentType<DashboardPanelProps>
}

export const PANELS: readonly DashboardPanel[] = [
  {
    id: 'channel-split',
    category: 'proactive',
    embedChartId: 'channel-split',
    Component: ChannelSplitPanel,
  },
  {
    id: 'category-share',
    category: 'proactive',
    embedChartId: 'category-share',
    Component: CategorySharePanel,
  },
  {
    id: 'online-services',
    category: 'online-services',
    embedChartId: 'online-services',
    Component: OnlineServicesPanel,
  },
  {
    id: 'traffic-platform',
    category: 'online-services',
    embedChartId: 'traffic-platform',
    Component: TrafficPlatformPanel,
  },
  {
    id: 'requests',
    category: 'requests',
    embedChartId: 'hotline',
    Component: RequestsPanel,
  },
  {
    id: 'proposals',
    category: 'requests',
    embedChartId: 'proposals',
    Component: ProposalsPanel,
  },
  {
    id: 'interpretation',
    category: 'interpretation',
    embedChartId: 'interpretation',
    Component: InterpretationPanel,
  },
  {
    id: 'enforcement-disclosure',
    category: 'proactive',
    embedChartId: 'enforcement-disclosure',
    Component: EnforcementDisclosurePanel,
  },
  { id: 'applications', category: 'applications', Component: ApplicationsPanel },
  { id: 'review-litigation', category: 'review-litigation', Component: ReviewLitigationPanel },
  {
    id: 'organisation',
    category: 'organisation',
    embedChartId: 'staff',
    Component: OrganisationPanel,
  },
]
