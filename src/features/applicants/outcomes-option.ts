import {
  atDataIndex,
  axisName,
  type ChartInput,
  figureItem,
  LIST_SEPARATOR,
  shareOfTotal,
  tooltipHtml,
} from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { applicantsLabel } from './labels.ts'
import { type OutcomeBar, outcomeBars, RESULTS_TOTAL } from './outcome-figures.ts'

/** "计算值：第1–8项之和 = 2 + 31 + …": how a computed bar was computed, in the locale. */
export function computedLine(figure: Figure, locale: Locale): string | null {
  if (figure.kind !== 'computed') return null
  return `${locale === 'zh' ? '计算值：' : 'Computed: '}${figure.computed.expression}`
}

/** Tooltip of one outcome: its label, figure, share of all outcomes and, when computed, how. */
export function outcomeTooltip(bar: OutcomeBar, total: Figure | undefined, locale: Locale) {
  const { figure } = bar
  const share =
    figure.value === null ? '' : shareOfTotal(figure.value, total?.value ?? null, locale)
  const computed = computedLine(figure, locale)
  return tooltipHtml([
    pick(figure.label, locale),
    `${formatFigureWithUnit(figure, locale)}${share ? ` · ${applicantsLabel('shareOfResults', locale, { share })}` : ''}`,
    ...(computed ? [computed] : []),
  ])
}

/** "条形图：本年度办理结果：予以公开 1362 件；不予公开 178 件（计算值）；…". */
export function outcomesSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = outcomeBars(figures, locale)
    .map(({ figure, short }) => {
      const mark =
        figure.kind === 'computed' ? (locale === 'zh' ? '（计算值）' : ' (computed)') : ''
      return `${pick(short, locale)} ${formatFigureWithUnit(figure, locale)}${mark}`
    })
    .join(LIST_SEPARATOR[locale])
  return applicantsLabel('outcomesChart', locale, { items })
}

/**
 * A computed bar is drawn lighter, inside an outline of the series colour, so it reads apart from
 * the printed figures (the panel's note says so in words).
 */
export function computedBarStyle(colour: string) {
  return {
    color: `${colour}80`,
    borderColor: colour,
    borderWidth: 1.5,
    borderType: 'dashed' as const,
  }
}

/**
 * Horizontal bars of 三、本年度办理结果 in the 总计 column, in the table's order. The groups the
 * table prints only as rows are drawn as the sum of their rows, and say so in their tooltip.
 */
export function buildOutcomesOption({ figures, locale, palette }: ChartInput): ChartOption {
  const bars = outcomeBars(figures, locale)
  const total = figures.get(RESULTS_TOTAL)
  const colour = palette.series[0] ?? palette.text
  return {
    color: [colour],
    grid: labelledGrid({ right: 48 }),
    ...figureBarFrame({
      palette,
      horizontal: true,
      names: bars.map((bar) => axisName(bar, locale)),
      tooltip: atDataIndex(bars, (bar) => outcomeTooltip(bar, total, locale)),
      valueFormatter: (value) => formatNumber(value, locale),
      minInterval: 1,
    }),
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: barValueLabel(
          palette,
          'right',
          atDataIndex(bars, ({ figure }) => formatFigure(figure, locale)),
        ),
        data: bars.map(({ figure, short }) => ({
          ...figureItem(figure, pick(short, locale)),
          ...(figure.kind === 'computed' ? { itemStyle: computedBarStyle(colour) } : {}),
        })),
      },
    ],
  }
}
