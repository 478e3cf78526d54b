import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import {
  formatFigure,
  formatFigureWithUnit,
  formatNumber,
  NOT_REPORTED,
  unitLabel,
} from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { sectionLabel } from '../source/section-label.ts'
import { proactiveLabel } from './labels.ts'

/**
 * The two halves of 双公示 as part 8 reports them. Licences use part 8's exact "5014项", not
 * part 1's "5014 余项" (proactive.licensing.summary); the panel notes the difference.
 */
export const DUAL_PUBLICATION: readonly { id: string; short: LocalizedText }[] = [
  { id: 'proactive.licensing', short: { zh: '行政许可', en: 'Licences' } },
  { id: 'proactive.penalties', short: { zh: '行政处罚', en: 'Penalties' } },
]

type Input = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

function bars(figures: Map<string, Figure>) {
  return DUAL_PUBLICATION.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure ? [{ figure, short }] : []
  })
}

/** "行政许可 5014 项；行政处罚 375 项", the chart's accessible sentence. */
export function enforcementSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = bars(figures)
    .map(({ figure, short }) => `${pick(short, locale)} ${formatFigureWithUnit(figure, locale)}`)
    .join(proactiveLabel('listSeparator', locale))
  return proactiveLabel('enforcementChart', locale, { items })
}

/** Bars of licences and penalties published under 双公示. */
export function buildEnforcementOption({ figures, locale, palette }: Input): ChartOption {
  const data = bars(figures)
  return {
    color: [...palette.series],
    grid: {
      left: 8,
      right: 16,
      top: 28,
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
        const bar = data[item?.dataIndex ?? -1]
        if (!bar) return ''
        return `${escapeHtml(pick(bar.figure.label, locale))}<br/>${escapeHtml(
          formatFigureWithUnit(bar.figure, locale),
        )}`
      },
    },
    xAxis: {
      type: 'category',
      data: data.map(({ figure, short }) =>
        figure.value === null
          ? `${pick(short, locale)} · ${NOT_REPORTED[locale]}`
          : pick(short, locale),
      ),
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      splitNumber: 4,
      axisLabel: {
        hideOverlap: true,
        color: palette.muted,
        formatter: (value: number) => formatNumber(value, locale),
      },
      splitLine: { lineStyle: { color: palette.split } },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        colorBy: 'data',
        label: {
          show: true,
          position: 'top',
          color: palette.text,
          formatter: (params) => {
            const bar = data[params.dataIndex]
            return bar ? formatFigureWithUnit(bar.figure, locale) : ''
          },
        },
        data: data.map(({ figure, short }) => ({
          id: figure.id,
          name: pick(short, locale),
          value: figure.value ?? '-',
        })),
      },
    ],
  }
}

/** A figure as a sentence quotes it: "5014余项" in Chinese, "over 5,014 items" in English. */
function written(figure: Figure, locale: Locale): string {
  const text = formatFigure(figure, locale)
  if (figure.value === null) return text
  const unit = unitLabel(figure.unit, locale, figure.value)
  return locale === 'zh' ? `${text}${unit}` : `${text} ${unit}`.trim()
}

/**
 * The note on the licence count: part 1 writes "5014 余项", part 8 "5014项". Both figures come from
 * the data; null when either is missing or both read the same.
 */
export function licensingMismatch(figures: Map<string, Figure>, locale: Locale) {
  const summary = figures.get('proactive.licensing.summary')
  const platforms = figures.get('proactive.licensing')
  if (summary?.kind !== 'reported' || platforms?.kind !== 'reported') return null
  const firstValue = written(summary, locale)
  const secondValue = written(platforms, locale)
  if (firstValue === secondValue) return null
  return {
    text: proactiveLabel('licensingMismatch', locale, {
      first: sectionLabel(summary.citations[0]?.section, locale),
      firstValue,
      second: sectionLabel(platforms.citations[0]?.section, locale),
      secondValue,
    }),
    summary,
    platforms,
  }
}
