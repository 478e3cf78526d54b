import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import { formatFigure } from '../../lib/format.ts'
import { pick } from '../../lib/locale.ts'
import { shareOfTotal } from '../proactive/channel-split-option.ts'
import { type ChartInput, chartItems, itemTooltip, type ShortLabel } from './chart-items.ts'

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
      formatter: itemTooltip(items, locale, ({ figure }) => withShare(figure.value)),
    },
    series: [
      {
        type: 'pie',
        radius: ['40%', '66%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        minShowLabelAngle: 0,
        label: {
          color: palette.text,
          formatter: (params) => {
            const item = items[params.dataIndex]
            if (!item) return ''
            return `${pick(item.short, locale)}\n${formatFigure(item.figure, locale)}${withShare(item.figure.value)}`
          },
        },
        labelLine: { lineStyle: { color: palette.axis } },
        data: items.map(({ figure, short }) => ({
          id: figure.id,
          name: pick(short, locale),
          value: figure.value,
        })),
      },
    ],
  }
}
