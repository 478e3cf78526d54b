import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { Figure } from '#src/domain/figures.ts'
import type { Category, LocalizedText } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'

export type ChartBuilder = (input: {
  figures: Map<string, Figure>
  locale: Locale
  palette: ChartPalette
}) => ChartOption

export type EmbedChart = {
  id: string
  category: Category
  title: LocalizedText
  /** Drawing height in px; the frame adds the title and the source line. */
  height: number
  /** Loads only this chart's option builder. */
  load: () => Promise<ChartBuilder>
}

/** Every chart a portal can embed, one per dashboard chart. Ids are part of the public URL. */
export const EMBED_CHARTS: readonly EmbedChart[] = [
  {
    id: 'channel-split',
    category: 'proactive',
    title: { zh: '主动公开渠道分布', en: 'Proactive disclosure by channel' },
    height: 320,
    load: () =>
      import('#src/features/proactive/channel-split-option.ts').then(
        (m) => m.buildChannelSplitOption,
      ),
  },
  {
    id: 'category-share',
    category: 'proactive',
    title: { zh: '主动公开信息类别', en: 'Proactive disclosure by type' },
    height: 240,
    load: () =>
      import('#src/features/proactive/category-share-option.ts').then(
        (m) => m.buildCategoryShareOption,
      ),
  },
  {
    id: 'online-services',
    category: 'online-services',
    title: { zh: '互联网+政务服务', en: 'Internet Plus government services' },
    height: 200,
    load: () =>
      import('#src/features/online-services/online-services-option.ts').then(
        (m) => m.buildOnlineServicesOption,
      ),
  },
  {
    id: 'traffic-platform',
    category: 'online-services',
    title: { zh: '交通安全综合服务管理平台', en: 'Traffic safety service platform' },
    height: 320,
    load: () =>
      import('#src/features/online-services/traffic-platform-option.ts').then(
        (m) => m.buildTrafficPlatformOption,
      ),
  },
  {
    id: 'hotline',
    category: 'requests',
    title: { zh: '“12345”便民服务热线', en: 'The 12345 public service hotline' },
    height: 240,
    load: () =>
      import('#src/features/requests/hotline-option.ts').then((m) => m.buildHotlineOption),
  },
  {
    id: 'proposals',
    category: 'requests',
    title: { zh: '人大建议和政协提案', en: 'NPC suggestions and CPPCC proposals' },
    height: 260,
    load: () =>
      import('#src/features/requests/proposals-option.ts').then((m) => m.buildProposalsOption),
  },
  {
    id: 'interpretation',
    category: 'interpretation',
    title: { zh: '回应解读', en: 'Responses and interpretation' },
    height: 260,
    load: () =>
      import('#src/features/interpretation/interpretation-option.ts').then(
        (m) => m.buildInterpretationOption,
      ),
  },
  {
    id: 'enforcement-disclosure',
    category: 'proactive',
    title: { zh: '执法信息公开', en: 'Enforcement disclosure' },
    height: 240,
    load: () =>
      import('#src/features/proactive/enforcement-option.ts').then((m) => m.buildEnforcementOption),
  },
  {
    id: 'staff',
    category: 'organisation',
    title: { zh: '政府信息公开工作人员', en: 'Staff working on disclosure' },
    height: 240,
    load: () =>
      import('#src/features/organisation/staff-option.ts').then((m) => m.buildStaffOption),
  },
]

export function findEmbedChart(id: string | null): EmbedChart | undefined {
  return EMBED_CHARTS.find((chart) => chart.id === id)
}
