import type { ChartDescription, EmbedChart } from '#src/components/panel/chart-description.ts'
import { embedChartOf } from '#src/components/panel/chart-description.ts'
import { applicantsChart } from '#src/features/applicants/applicants-chart.ts'
import { applicationOutcomesChart } from '#src/features/applicants/outcomes-chart.ts'
import { applicationsChart } from '#src/features/applications/applications-chart.ts'
import { applicationsTableChart } from '#src/features/applications-table/applications-table-chart.ts'
import { interpretationChart } from '#src/features/interpretation/interpretation-chart.ts'
import { onlineServicesChart } from '#src/features/online-services/online-services-chart.ts'
import { trafficPlatformChart } from '#src/features/online-services/traffic-platform-chart.ts'
import { organisationChart } from '#src/features/organisation/organisation-chart.ts'
import { categoryShareChart } from '#src/features/proactive/category-share-chart.ts'
import { channelSplitChart } from '#src/features/proactive/channel-split-chart.ts'
import { enforcementChart } from '#src/features/proactive/enforcement-chart.ts'
import { proactive2021Chart } from '#src/features/proactive-2021/proactive-2021-chart.ts'
import { proposalsChart } from '#src/features/requests/proposals-chart.ts'
import { requestsChart } from '#src/features/requests/requests-chart.ts'
import { reviewLitigationChart } from '#src/features/review-litigation/review-litigation-chart.ts'
import { reviewOutcomesChart } from '#src/features/review-outcomes/review-outcomes-chart.ts'

/**
 * Every panel of the dashboard, in page order: one line per panel, each described once in its
 * feature folder (`<feature>/<chart>-chart.ts`). The dashboard, the embed pages, the gallery,
 * embeds.json, the embed code and print all read this list.
 */
export const CHARTS: readonly ChartDescription[] = [
  channelSplitChart,
  categoryShareChart,
  onlineServicesChart,
  trafficPlatformChart,
  requestsChart,
  proposalsChart,
  interpretationChart,
  enforcementChart,
  applicationsChart,
  reviewLitigationChart,
  proactive2021Chart,
  applicantsChart,
  applicationOutcomesChart,
  reviewOutcomesChart,
  applicationsTableChart,
  organisationChart,
]

/** Every chart a portal can embed, in page order. Ids are part of the public URL. */
export const EMBED_CHARTS: readonly EmbedChart[] = CHARTS.flatMap((panel) => {
  const chart = embedChartOf(panel)
  return chart ? [chart] : []
})

export function findEmbedChart(id: string | null): EmbedChart | undefined {
  return EMBED_CHARTS.find((chart) => chart.id === id)
}
