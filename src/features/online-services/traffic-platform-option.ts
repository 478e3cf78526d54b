import {
  atDataIndex,
  type ChartInput,
  type ChartItem,
  chartItems,
  figureItem,
  figureTooltip,
  figureWords,
  LIST_SEPARATOR,
  type ShortLabel,
} from '#src/components/chart/chart-figures.ts'
import { valueAxisStyle } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { onlineServicesLabel } from './labels.ts'

/** The sentence's figures on the traffic safety platform (一, line 17), in the report's order. */
export const TRAFFIC_ITEMS: readonly ShortLabel[] = [
  { id: 'online.traffic.users', short: { zh: '注册用户', en: 'Registered users' } },
  { id: 'online.traffic.violations', short: { zh: '自助处理违章', en: 'Violations settled' } },
  { id: 'online.traffic.licence-exams', short: { zh: '报考驾照', en: 'Driving-test sign-ups' } },
  { id: 'online.traffic.plate-selection', short: { zh: '互联网选号', en: 'Plates chosen online' } },
  { id: 'online.traffic.medical-checks', short: { zh: '驾驶人体检', en: 'Driver medical checks' } },
  { id: 'online.traffic.sms', short: { zh: '交通安全短信', en: 'Safety text messages' } },
]

/** "#1f5fbf" at 40% as "rgba(31, 95, 191, 0.4)": a lighter fill that leaves the label opaque. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) return hex
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

/** The figures of TRAFFIC_ITEMS the report gives a value for, in order. */
export function trafficBars(figures: Map<string, Figure>): ChartItem[] {
  return chartItems(figures, TRAFFIC_ITEMS)
}

/** "自助处理违章  15.58万余 笔": the short name and the figure with its own unit and marker. */
export function trafficBarLabel(bar: ChartItem | undefined, locale: Locale): string {
  if (!bar) return ''
  return `${pick(bar.short, locale)}  ${formatFigureWithUnit(bar.figure, locale)}`
}

/**
 * One horizontal bar per figure. Units differ, so every label carries its own; approximate
 * figures (万余) are drawn lighter and hatched, and their label keeps the marker.
 */
export function buildTrafficPlatformOption({ figures, locale, palette }: ChartInput): ChartOption {
  const bars = trafficBars(figures)
  const colour = palette.series[0] ?? palette.text
  return {
    tooltip: {
      trigger: 'item',
      formatter: atDataIndex(bars, ({ figure }) =>
        figureTooltip(figure, locale, {
          more:
            figure.kind === 'reported' && figure.approximate
              ? [`${onlineServicesLabel('approximateTooltip', locale)} “${figure.asWritten}”`]
              : [],
        }),
      ),
    },
    grid: { left: 8, right: 16, top: 20, bottom: 24 },
    xAxis: {
      type: 'value',
      min: 0,
      splitNumber: 3,
      ...valueAxisStyle(palette, { formatter: (value: number) => formatNumber(value, locale) }),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      show: false,
      data: bars.map(({ short }) => pick(short, locale)),
    },
    series: [
      {
        type: 'bar',
        barWidth: 14,
        // The smallest figure (互联网选号 1208) is under 1% of the largest: keep a sliver visible.
        barMinHeight: 2,
        label: {
          show: true,
          // Above the bar, from the axis: the label never depends on the bar's length.
          position: [0, -5],
          align: 'left',
          verticalAlign: 'bottom',
          color: palette.text,
          fontSize: 13,
          formatter: (params) => trafficBarLabel(bars[params.dataIndex], locale),
        },
        data: bars.map(({ figure }) => {
          const approximate = figure.kind === 'reported' && figure.approximate
          return {
            ...figureItem(figure, pick(figure.label, locale)),
            itemStyle: approximate
              ? {
                  color: withAlpha(colour, 0.4),
                  borderColor: colour,
                  borderWidth: 1,
                  borderType: 'dashed' as const,
                  decal: {
                    symbol: 'rect',
                    dashArrayX: [1, 0],
                    dashArrayY: [2, 4],
                    rotation: -Math.PI / 4,
                    color: palette.background,
                  },
                }
              : { color: colour },
          }
        }),
      },
    ],
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const trafficPlatformDrawing: ChartDrawing = {
  build: buildTrafficPlatformOption,
  describe: (figures, locale) =>
    trafficBars(figures)
      .map(({ figure }) => figureWords(figure, locale))
      .join(LIST_SEPARATOR[locale]),
}
