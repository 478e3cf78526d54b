import { type ComponentType, lazy } from 'react'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import type { Category, LocalizedText, TableFormat } from '#src/domain/report-schema.ts'
import { APPLICANTS_LABELS } from '#src/features/applicants/labels.ts'
import { ApplicationsPanel } from '#src/features/applications/applications-panel.tsx'
import { labels as applicationsLabels } from '#src/features/applications/labels.ts'
import { APPLICATIONS_TABLE_LABELS } from '#src/features/applications-table/labels.ts'
import { InterpretationPanel } from '#src/features/interpretation/interpretation-panel.tsx'
import { INTERPRETATION_LABELS } from '#src/features/interpretation/labels.ts'
import { labels as onlineLabels } from '#src/features/online-services/labels.ts'
import { OnlineServicesPanel } from '#src/features/online-services/online-services-panel.tsx'
import { TrafficPlatformPanel } from '#src/features/online-services/traffic-platform-panel.tsx'
import { labels as organisationLabels } from '#src/features/organisation/labels.ts'
import { OrganisationPanel } from '#src/features/organisation/organisation-panel.tsx'
import { CategorySharePanel } from '#src/features/proactive/category-share-panel.tsx'
import { ChannelSplitPanel } from '#src/features/proactive/channel-split-panel.tsx'
import { EnforcementDisclosurePanel } from '#src/features/proactive/enforcement-panel.tsx'
import { PROACTIVE_LABELS } from '#src/features/proactive/labels.ts'
import { PROACTIVE_2021_LABELS } from '#src/features/proactive-2021/labels.ts'
import { labels as requestsLabels } from '#src/features/requests/labels.ts'
import { ProposalsPanel } from '#src/features/requests/proposals-panel.tsx'
import { RequestsPanel } from '#src/features/requests/requests-panel.tsx'
import { labels as reviewLabels } from '#src/features/review-litigation/labels.ts'
import { ReviewLitigationPanel } from '#src/features/review-litigation/review-litigation-panel.tsx'
import { REVIEW_OUTCOMES_LABELS } from '#src/features/review-outcomes/labels.ts'
import type { Locale } from '#src/lib/locale.ts'
import { messages } from '#src/lib/messages.ts'

export type DashboardPanelProps = { reportId: string; locale: Locale; palette: ChartPalette }

/**
 * Every chart panel of the dashboard, in page order, with the category it is filtered by and the
 * id of its chart in EMBED_CHARTS when a portal can embed it (the panel then offers "嵌入").
 */
export type DashboardPanel = {
  id: string
  title: LocalizedText
  category: Category
  embedChartId?: string
  /** The panel applies to a report that has at least one of these figures. */
  requires: readonly string[]
  /**
   * The table formats whose statistics table holds these figures; absent when they come from the
   * report's text. Says why a report lacks them.
   */
  tableFormats?: readonly TableFormat[]
  /**
   * Panels with the same topic show one subject in different table formats (2015 applications,
   * 2021 applicants and outcomes): a report that has one of them is not said to lack the others.
   */
  topic?: string
  Component: ComponentType<DashboardPanelProps>
}

/**
 * The 2019/2021 tables' panels load when a report of those formats is shown, so that the default
 * (2015-format) view does not carry their code.
 */
const ApplicantsPanel = lazy(() =>
  import('#src/features/applicants/applicants-panel.tsx').then((m) => ({
    default: m.ApplicantsPanel,
  })),
)
const ApplicationOutcomesPanel = lazy(() =>
  import('#src/features/applicants/outcomes-panel.tsx').then((m) => ({
    default: m.ApplicationOutcomesPanel,
  })),
)
const ApplicationsTablePanel = lazy(() =>
  import('#src/features/applications-table/applications-table-panel.tsx').then((m) => ({
    default: m.ApplicationsTablePanel,
  })),
)
const Proactive2021Panel = lazy(() =>
  import('#src/features/proactive-2021/proactive-2021-panel.tsx').then((m) => ({
    default: m.Proactive2021Panel,
  })),
)
const ReviewOutcomesPanel = lazy(() =>
  import('#src/features/review-outcomes/review-outcomes-panel.tsx').then((m) => ({
    default: m.ReviewOutcomesPanel,
  })),
)

const OLD_TABLE: readonly TableFormat[] = ['national-2015']
const NEW_TABLES: readonly TableFormat[] = ['national-2019', 'national-2021']

export const PANELS: readonly DashboardPanel[] = [
  {
    id: 'channel-split',
    title: messages.channelSplitTitle,
    requires: ['proactive.channel.website', 'proactive.channel.weibo', 'proactive.channel.wechat'],
    tableFormats: OLD_TABLE,
    category: 'proactive',
    embedChartId: 'channel-split',
    Component: ChannelSplitPanel,
  },
  {
    id: 'category-share',
    title: PROACTIVE_LABELS.categoryShareTitle,
    requires: ['proactive.share.police', 'proactive.share.services'],
    category: 'proactive',
    embedChartId: 'category-share',
    Component: CategorySharePanel,
  },
  {
    id: 'online-services',
    title: onlineLabels.onlineServicesTitle,
    requires: ['online.registered', 'online.verified'],
    category: 'online-services',
    embedChartId: 'online-services',
    Component: OnlineServicesPanel,
  },
  {
    id: 'traffic-platform',
    title: onlineLabels.trafficPlatformTitle,
    requires: ['online.traffic.users', 'online.traffic.violations'],
    category: 'online-services',
    embedChartId: 'traffic-platform',
    Component: TrafficPlatformPanel,
  },
  {
    id: 'requests',
    title: requestsLabels.requestsTitle,
    requires: ['requests.hotline.received', 'requests.hotline.closed'],
    category: 'requests',
    embedChartId: 'hotline',
    Component: RequestsPanel,
  },
  {
    id: 'proposals',
    title: requestsLabels.proposalsTitle,
    requires: ['requests.proposals.total', 'requests.npc-suggestions'],
    category: 'requests',
    embedChartId: 'proposals',
    Component: ProposalsPanel,
  },
  {
    id: 'interpretation',
    title: INTERPRETATION_LABELS.title,
    requires: ['interpretation.policy-interpretations', 'interpretation.press-conferences'],
    tableFormats: OLD_TABLE,
    category: 'interpretation',
    embedChartId: 'interpretation',
    Component: InterpretationPanel,
  },
  {
    id: 'enforcement-disclosure',
    topic: 'decisions',
    title: PROACTIVE_LABELS.enforcementTitle,
    requires: ['proactive.licensing', 'proactive.penalties'],
    category: 'proactive',
    embedChartId: 'enforcement-disclosure',
    Component: EnforcementDisclosurePanel,
  },
  {
    id: 'applications',
    topic: 'applications',
    title: applicationsLabels.title,
    requires: ['applications.received'],
    tableFormats: OLD_TABLE,
    category: 'applications',
    Component: ApplicationsPanel,
  },
  {
    id: 'review-litigation',
    topic: 'review-litigation',
    title: reviewLabels.title,
    requires: ['litigation.total', 'complaints.total'],
    tableFormats: OLD_TABLE,
    category: 'review-litigation',
    Component: ReviewLitigationPanel,
  },
  {
    id: 'proactive-2021',
    topic: 'decisions',
    title: PROACTIVE_2021_LABELS.title,
    category: 'proactive',
    // The 2019 table counts documents in other columns (制作 / 公开 / 对外公开总数), which this
    // panel does not draw, so it needs the 2021 columns.
    requires: ['proactive.regulations.issued', 'proactive.normative-documents.issued'],
    tableFormats: ['national-2021'],
    Component: Proactive2021Panel,
  },
  {
    id: 'applicants',
    topic: 'applications',
    title: APPLICANTS_LABELS.applicantsTitle,
    category: 'applications',
    requires: ['applications.new.total'],
    tableFormats: NEW_TABLES,
    Component: ApplicantsPanel,
  },
  {
    id: 'application-outcomes',
    topic: 'applications',
    title: APPLICANTS_LABELS.outcomesTitle,
    category: 'applications',
    requires: ['applications.results-total.total', 'applications.granted.total'],
    tableFormats: NEW_TABLES,
    Component: ApplicationOutcomesPanel,
  },
  {
    id: 'review-outcomes',
    topic: 'review-litigation',
    title: REVIEW_OUTCOMES_LABELS.title,
    category: 'review-litigation',
    requires: ['litigation.direct.total', 'litigation.after-review.total'],
    tableFormats: NEW_TABLES,
    Component: ReviewOutcomesPanel,
  },
  {
    id: 'applications-table',
    topic: 'applications',
    title: APPLICATIONS_TABLE_LABELS.title,
    category: 'applications',
    requires: ['applications.new.total', 'applications.results-total.total'],
    tableFormats: NEW_TABLES,
    Component: ApplicationsTablePanel,
  },
  {
    id: 'organisation',
    title: organisationLabels.title,
    requires: ['organisation.staff', 'organisation.units'],
    tableFormats: OLD_TABLE,
    category: 'organisation',
    embedChartId: 'staff',
    Component: OrganisationPanel,
  },
]

/** Whether a report with these figures has something for the panel to draw. */
export const panelApplies = (panel: DashboardPanel, metricIds: ReadonlySet<string>) =>
  panel.requires.some((id) => metricIds.has(id))

export type PanelSplit = {
  present: readonly DashboardPanel[]
  /** Panels whose table format the report does not use, and no panel on the topic is present. */
  notInFormat: readonly DashboardPanel[]
  /** Panels drawn from a report's text, which this report's text does not give. */
  notInText: readonly DashboardPanel[]
}

/** Which panels a report with these figures shows, and what it lacks, by reason. */
export function splitPanels(metricIds: ReadonlySet<string>, format: TableFormat): PanelSplit {
  const present = PANELS.filter((panel) => panelApplies(panel, metricIds))
  const topics = new Set(present.flatMap((panel) => (panel.topic ? [panel.topic] : [])))
  const absent = PANELS.filter(
    (panel) => !present.includes(panel) && !(panel.topic && topics.has(panel.topic)),
  )
  const inFormat = (panel: DashboardPanel) => !panel.tableFormats?.includes(format)
  return {
    present,
    notInFormat: absent.filter((panel) => panel.tableFormats && inFormat(panel)),
    notInText: absent.filter((panel) => !panel.tableFormats || !inFormat(panel)),
  }
}
