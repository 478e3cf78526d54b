import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import { formatFigure } from '../../lib/format.ts'
import { pick } from '../../lib/locale.ts'
import { type ChartInput, chartItems, itemTooltip, type ShortLabel } from './chart-items.ts'

/** Bars of the listed figures, one colour each, the figure (with any 余 marker) above each bar. */
export function buildFigureBarOption(
  { figures, locale, palette }: ChartInput,
  list: readonly ShortLabel[],
): ChartOption {
  const items = chartItems(figures, list)
  const colour = (index: number) => palette.series[index % palette.series.length]
  return {
    color: [...palette.series],
    grid: {
      left: 8,
      right: 8,
      top: 28,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: { trigger: 'item', formatter: itemTooltip(items, locale) },
    xAxis: {
      type: 'category',
      data: items.map(({ short }) => pick(short, locale)),
      axisLabel: { color: palette.text, interval: 0 },
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: palette.muted },
      splitLine: { lineStyle: { color: palette.split } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 64,
        label: {
          show: true,
          position: 'top',
          color: palette.text,
          formatter: (params) => {
            const item = items[params.dataIndex]
            return item ? formatFigure(item.figure, locale) : ''
          },
        },
        data: items.map(({ figure, short }, index) => ({
          id: figure.id,
          name: pick(short, locale),
          value: figure.value,
          itemStyle: { color: colour(index) },
        })),
      },
    ],
  }
}
