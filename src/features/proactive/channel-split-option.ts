import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import { formatFigureWithUnit, formatNumber } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'

/** The table's channel rows (二 / (二) 1.–5.) with the short names the chart shows. */
export const CHANNELS: readonly { id: string; short: LocalizedText }[] = [
  { id: 'proactive.channel.website', short: { zh: '政府网站', en: 'Website' } },
  { id: 'proactive.channel.weibo', short: { zh: '政务微博', en: 'Weibo' } },
  { id: 'proactive.channel.wechat', short: { zh: '政务微信', en: 'WeChat' } },
  { id: 'proactive.channel.other', short: { zh: '其他方式', en: 'Other' } },
  { id: 'proactive.channel.gazette', short: { zh: '政府公报', en: 'Gazette' } },
]

type Input = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

/** Share of `value` in the table's total, as the chart prints it ("54.8%"). */
export function shareOfTotal(value: number, total: number | null | undefined, locale: Locale) {
  if (!total) return ''
  return `${formatNumber(Math.round((value / total) * 1000) / 10, locale)}%`
}

/** Donut of proactive disclosure by channel, from the statistics table. */
export function buildChannelSplitOption({ figures, locale, palette }: Input): ChartOption {
  const total = figures.get('proactive.total')?.value
  const slices = CHANNELS.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure && figure.value !== null ? [{ figure, short }] : []
  })
  return {
    color: [...palette.series],
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params
        const slice = slices[item?.dataIndex ?? -1]
        if (!slice || slice.figure.value === null) return ''
        const { figure } = slice
        return `${escapeHtml(pick(figure.label, locale))}<br/>${escapeHtml(
          formatFigureWithUnit(figure, locale),
        )} · ${shareOfTotal(figure.value ?? 0, total, locale)}`
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['34%', '58%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        minShowLabelAngle: 0,
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
        data: slices.map(({ figure, short }) => ({
          id: figure.id,
          name: pick(short, locale),
          value: figure.value ?? 0,
        })),
      },
    ],
  }
}
