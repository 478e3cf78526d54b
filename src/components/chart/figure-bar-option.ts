import { formatFigure } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'
import {
  atDataIndex,
  type ChartInput,
  chartItems,
  figureItem,
  figureTooltip,
  type ShortLabel,
} from './chart-figures.ts'
import { barValueLabel, categoryAxisStyle, labelledGrid, valueAxisStyle } from './chart-parts.ts'
import type { ChartOption } from './echarts-setup.ts'

/** Bars of the listed figures, one colour each, the figure (with any 余 marker) above each bar. */
export function buildFigureBarOption(
  { figures, locale, palette }: ChartInput,
  list: readonly ShortLabel[],
): ChartOption {
  const items = chartItems(figures, list)
  const colour = (index: number) => palette.series[index % palette.series.length]
  return {
    color: [...palette.series],
    grid: labelledGrid({ top: 28 }),
    tooltip: {
      trigger: 'item',
      formatter: atDataIndex(items, ({ figure }) => figureTooltip(figure, locale)),
    },
    xAxis: {
      type: 'category',
      data: items.map(({ short }) => pick(short, locale)),
      ...categoryAxisStyle(palette, { interval: 0 }),
    },
    yAxis: { type: 'value', minInterval: 1, ...valueAxisStyle(palette) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 64,
        label: barValueLabel(
          palette,
          'top',
          atDataIndex(items, ({ figure }) => formatFigure(figure, locale)),
        ),
        data: items.map(({ figure, short }, index) => ({
          ...figureItem(figure, pick(short, locale)),
          itemStyle: { color: colour(index) },
        })),
      },
    ],
  }
}
