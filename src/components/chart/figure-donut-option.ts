import { formatFigure } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'
import {
  atDataIndex,
  type ChartInput,
  chartItems,
  figureItem,
  figureTooltip,
  type ShortLabel,
  shareOfTotal,
} from './chart-figures.ts'
import { donutSeries } from './chart-parts.ts'
import type { ChartOption } from './echarts-setup.ts'

/** Donut of the listed figures, each slice labelled with its figure and share of `totalId`. */
export function buildFigureDonutOption(
  { figures, locale, palette }: ChartInput,
  list: readonly ShortLabel[],
  totalId: string,
): ChartOption {
  const items = chartItems(figures, list)
  const total = figures.get(totalId)?.value
  const share = (value: number) => shareOfTotal(value, total, locale)
  const withShare = (value: number) => (share(value) ? ` · ${share(value)}` : '')
  return {
    color: [...palette.series],
    tooltip: {
      trigger: 'item',
      formatter: atDataIndex(items, ({ figure }) =>
        figureTooltip(figure, locale, { after: withShare(figure.value) }),
      ),
    },
    series: [
      {
        ...donutSeries(['40%', '66%']),
        label: {
          color: palette.text,
          // As the channel donut: labels at the chart's edges, wrapped, never cut to "人大…".
          alignTo: 'edge',
          edgeDistance: 4,
          overflow: 'break',
          formatter: atDataIndex(
            items,
            ({ figure, short }) =>
              `${pick(short, locale)}\n${formatFigure(figure, locale)}${withShare(figure.value)}`,
          ),
        },
        labelLine: { lineStyle: { color: palette.axis } },
        data: items.map(({ figure, short }) => figureItem(figure, pick(short, locale))),
      },
    ],
  }
}
