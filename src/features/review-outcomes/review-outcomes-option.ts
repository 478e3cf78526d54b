import { atDataIndex, type ChartInput, figureTooltip } from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import {
  atSeriesDataIndex,
  figureGrid,
  type GridAxis,
  gridSeriesData,
} from '#src/components/chart/figure-grid.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { reviewOutcomesLabel } from './labels.ts'

/** 四、行政复议 and the two kinds of 行政诉讼, each with its 总计 (`<key>.total`). */
export const BODIES: readonly GridAxis[] = [
  { key: 'review', short: { zh: '行政复议', en: 'Reconsideration' } },
  { key: 'litigation.direct', short: { zh: '行政诉讼（直接起诉）', en: 'Lawsuits, direct' } },
  {
    key: 'litigation.after-review',
    short: { zh: '行政诉讼（复议后起诉）', en: 'Lawsuits after reconsideration' },
  },
]

/**
 * The outcome columns of each, in the table's order, with their palette entry: blue, orange, teal
 * and the neutral slate for a case not yet decided.
 */
export const REVIEW_OUTCOMES: readonly (GridAxis & { colour: number })[] = [
  { key: 'upheld', short: { zh: '结果维持', en: 'Upheld' }, colour: 0 },
  { key: 'corrected', short: { zh: '结果纠正', en: 'Corrected' }, colour: 1 },
  { key: 'other', short: { zh: '其他结果', en: 'Other' }, colour: 2 },
  { key: 'pending', short: { zh: '尚未审结', en: 'Pending' }, colour: 6 },
]

export const bodyTotalId = (body: GridAxis) => `${body.key}.total`

export function reviewGrid(figures: Map<string, Figure>) {
  return figureGrid(
    figures,
    BODIES,
    REVIEW_OUTCOMES,
    (body, outcome) => `${body.key}.${outcome.key}`,
  )
}

/** The body's name on the axis, with its 总计 under it when the report gives one. */
function bodyName(body: GridAxis, figures: Map<string, Figure>, locale: Locale) {
  const total = figures.get(bodyTotalId(body))
  const name = pick(body.short, locale)
  if (!total) return name
  return `${name}\n${reviewOutcomesLabel('axisTotal', locale, { total: formatFigureWithUnit(total, locale) })}`
}

/** The body's name over its total in the muted colour: "行政复议" / "总计 351 件". */
function withTotalsUnderNames<F extends { yAxis: object }>(frame: F, palette: ChartPalette): F {
  const axis = frame.yAxis as { axisLabel?: object }
  return {
    ...frame,
    yAxis: {
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        formatter: (name: string) => {
          const [body, total] = name.split('\n')
          return total ? `{body|${body}}\n{total|${total}}` : `{body|${body}}`
        },
        rich: {
          body: { color: palette.text, fontSize: 12, lineHeight: 17 },
          total: { color: palette.muted, fontSize: 11, lineHeight: 15 },
        },
      },
    },
  }
}

/** "行政复议（总计 351 件）：结果维持 72 件，…；…": the chart's accessible name. */
export function reviewOutcomesSentence(figures: Map<string, Figure>, locale: Locale): string {
  const grid = reviewGrid(figures)
  const items = grid.rows.map((body, row) => {
    const outcomes = grid.columns
      .flatMap((outcome, column) => {
        const figure = grid.cells[column]?.[row]
        return figure
          ? [`${pick(outcome.short, locale)} ${formatFigureWithUnit(figure, locale)}`]
          : []
      })
      .join(reviewOutcomesLabel('itemSeparator', locale))
    const total = figures.get(bodyTotalId(body))
    return reviewOutcomesLabel('bodyItems', locale, {
      body: pick(body.short, locale),
      total: total ? formatFigureWithUnit(total, locale) : '',
      outcomes,
    })
  })
  return reviewOutcomesLabel('chart', locale, {
    items: items.join(reviewOutcomesLabel('listSeparator', locale)),
  })
}

/**
 * Grouped horizontal bars: one group a body (复议, the two kinds of 诉讼), one bar an outcome, each
 * with its figure beside it, so the small lawsuit counts read as well as the reviews.
 */
export function buildReviewOutcomesOption({ figures, locale, palette }: ChartInput): ChartOption {
  const grid = reviewGrid(figures)
  return {
    color: grid.columns.map((column) => palette.series[column.colour] ?? palette.text),
    legend: {
      top: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 10,
      itemGap: 8,
      textStyle: { color: palette.text },
      data: grid.columns.map((column) => pick(column.short, locale)),
    },
    grid: labelledGrid({ right: 40, top: 32 }),
    ...withTotalsUnderNames(
      figureBarFrame({
        palette,
        horizontal: true,
        names: grid.rows.map((body) => bodyName(body, figures, locale)),
        tooltip: atSeriesDataIndex(grid.cells, (figure) => figureTooltip(figure, locale)),
        valueFormatter: (value) => formatNumber(value, locale),
        minInterval: 1,
      }),
      palette,
    ),
    series: grid.columns.map((column, index) => ({
      type: 'bar' as const,
      name: pick(column.short, locale),
      barMaxWidth: 16,
      barGap: '15%',
      label: barValueLabel(
        palette,
        'right',
        atDataIndex(grid.cells[index] ?? [], (figure) =>
          figure ? formatFigure(figure, locale) : '',
        ),
      ),
      data: gridSeriesData(grid, index, locale),
    })),
  }
}
