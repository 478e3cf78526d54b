import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import { formatFigure, formatFigureWithUnit, formatNumber, NOT_REPORTED } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { proactiveLabel } from './labels.ts'

/** The four information types of part 2 (警务/办事/办案/行政管理公开), in the report's order. */
export const INFORMATION_TYPES: readonly { key: string; short: LocalizedText }[] = [
  { key: 'police', short: { zh: '警务公开', en: 'Policing' } },
  { key: 'services', short: { zh: '办事公开', en: 'Services' } },
  { key: 'cases', short: { zh: '办案公开', en: 'Case handling' } },
  { key: 'administration', short: { zh: '行政管理公开', en: 'Administration' } },
]

export const shareId = (key: string) => `proactive.share.${key}`
export const countId = (key: string) => `proactive.category-count.${key}`

type Input = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

type Row = { share: Figure; count: Figure | undefined; short: LocalizedText }

function rows(figures: Map<string, Figure>): Row[] {
  return INFORMATION_TYPES.flatMap(({ key, short }) => {
    const share = figures.get(shareId(key))
    return share ? [{ share, count: figures.get(countId(key)), short }] : []
  })
}

/** "警务公开 33%、办事公开 30%…", the chart's accessible sentence. */
export function categoryShareSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = rows(figures)
    .map(({ share, short }) => `${pick(short, locale)} ${formatFigure(share, locale)}`)
    .join(proactiveLabel('listSeparator', locale))
  return proactiveLabel('categoryShareChart', locale, { items })
}

/** Tooltip of one type: its share as reported and the count estimated from it. */
export function categoryShareTooltip(row: Row, locale: Locale): string {
  const lines = [
    escapeHtml(pick(row.share.label, locale)),
    escapeHtml(formatFigure(row.share, locale)),
  ]
  if (row.count?.kind === 'computed') {
    lines.push(
      `${escapeHtml(proactiveLabel('estimatedCount', locale))}: ${escapeHtml(
        formatFigureWithUnit(row.count, locale),
      )}`,
      `${escapeHtml(proactiveLabel('computed', locale))}: ${escapeHtml(row.count.computed.expression)}`,
    )
  }
  return lines.join('<br/>')
}

/** Horizontal bars of the share of each information type, in percent, report order top down. */
export function buildCategoryShareOption({ figures, locale, palette }: Input): ChartOption {
  const data = rows(figures)
  return {
    color: [palette.series[0] ?? palette.text],
    grid: {
      left: 8,
      right: 48,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: palette.background,
      borderColor: palette.axis,
      textStyle: { color: palette.text },
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params
        const row = data[item?.dataIndex ?? -1]
        return row ? categoryShareTooltip(row, locale) : ''
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      splitNumber: 4,
      axisLabel: {
        hideOverlap: true,
        color: palette.muted,
        formatter: (value: number) => `${formatNumber(value, locale)}%`,
      },
      splitLine: { lineStyle: { color: palette.split } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.map(({ share, short }) =>
        share.value === null
          ? `${pick(short, locale)} · ${NOT_REPORTED[locale]}`
          : pick(short, locale),
      ),
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          formatter: (params) => {
            const row = data[params.dataIndex]
            return row ? formatFigure(row.share, locale) : ''
          },
        },
        data: data.map(({ share, short }) => ({
          id: share.id,
          name: pick(short, locale),
          value: share.value ?? '-',
        })),
      },
    ],
  }
}
