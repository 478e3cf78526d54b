import {
  atDataIndex,
  type ChartInput,
  chartItems,
  figureItem,
  figureTooltip,
  figureWords,
  type ShortLabel,
  shareOfTotal,
} from '#src/components/chart/chart-figures.ts'
import { donutSeries } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'
import { pickFigures } from '#src/domain/figures.ts'
import { formatNumber } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'

/** The table's channel rows (二 / (二) 1.–5.) with the short names the chart shows. */
export const CHANNELS: readonly ShortLabel[] = [
  { id: 'proactive.channel.website', short: { zh: '政府网站', en: 'Website' } },
  { id: 'proactive.channel.weibo', short: { zh: '政务微博', en: 'Weibo' } },
  { id: 'proactive.channel.wechat', short: { zh: '政务微信', en: 'WeChat' } },
  { id: 'proactive.channel.other', short: { zh: '其他方式', en: 'Other' } },
  { id: 'proactive.channel.gazette', short: { zh: '政府公报', en: 'Gazette' } },
]

/** Donut of proactive disclosure by channel, from the statistics table. */
export function buildChannelSplitOption({ figures, locale, palette }: ChartInput): ChartOption {
  const total = figures.get('proactive.total')?.value
  const slices = chartItems(figures, CHANNELS)
  return {
    color: [...palette.series],
    tooltip: {
      trigger: 'item',
      formatter: atDataIndex(slices, ({ figure }) =>
        figureTooltip(figure, locale, { after: ` · ${shareOfTotal(figure.value, total, locale)}` }),
      ),
    },
    series: [
      {
        ...donutSeries(['34%', '58%']),
        label: {
          color: palette.text,
          // Labels sit at the chart's edges and wrap when narrow: never cut to "政务…".
          alignTo: 'edge',
          edgeDistance: 4,
          overflow: 'break',
          formatter: (params) =>
            `${params.name}\n${formatNumber(Number(params.value), locale)} · ${shareOfTotal(Number(params.value), total, locale)}`,
        },
        labelLine: { length: 10, length2: 8, lineStyle: { color: palette.axis } },
        data: slices.map(({ figure, short }) => figureItem(figure, pick(short, locale))),
      },
    ],
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const channelSplitDrawing: ChartDrawing = {
  build: buildChannelSplitOption,
  describe: (figures, locale) =>
    pickFigures(
      figures,
      CHANNELS.map((channel) => channel.id),
    )
      .map((figure) => figureWords(figure, locale))
      .join('; '),
}
