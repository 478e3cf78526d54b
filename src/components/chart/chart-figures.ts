import type { Figure } from '#src/domain/figures.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import { escapeHtml } from '#src/lib/escape-html.ts'
import { formatFigureWithUnit, formatNumber, NOT_REPORTED } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import type { ItemFormatter } from './chart-parts.ts'
import type { ChartPalette } from './chart-theme.ts'

/** What every option builder takes: one category's figures, the locale and the theme's colours. */
export type ChartInput = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

/** A figure the chart draws, with the short name it prints. */
export type ShortLabel = { id: string; short: LocalizedText }
export type ListedFigure = { figure: Figure; short: LocalizedText }
export type ChartItem = { figure: Figure & { value: number }; short: LocalizedText }

/** The listed figures the report has, in order; a blank one stays, to be named 未报告. */
export function listedFigures(
  figures: Map<string, Figure>,
  list: readonly ShortLabel[],
): ListedFigure[] {
  return list.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure ? [{ figure, short }] : []
  })
}

/** The listed figures that have a value; a blank (null) or missing one is not drawn as 0. */
export function chartItems(figures: Map<string, Figure>, list: readonly ShortLabel[]): ChartItem[] {
  return list.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure && figure.value !== null
      ? [{ figure: { ...figure, value: figure.value }, short }]
      : []
  })
}

/**
 * A tooltip or label formatter that renders the drawn item at the params' `dataIndex`. The items
 * are the ones the series was built from, so the text comes from the figure, not from ECharts.
 */
export function atDataIndex<T>(items: readonly T[], text: (item: T) => string): ItemFormatter {
  return (params) => {
    const item = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
    const found = items[item?.dataIndex ?? -1]
    return found === undefined ? '' : text(found)
  }
}

/** Tooltip HTML from plain-text lines: ECharts renders it as HTML, and the text comes from data. */
export function tooltipHtml(lines: readonly string[]): string {
  return lines.map(escapeHtml).join('<br/>')
}

/**
 * A figure's tooltip HTML: the report's label, then the figure with its unit followed by `after`
 * (a share, say), then any `more` lines.
 */
export function figureTooltip(
  figure: Figure,
  locale: Locale,
  { after = '', more = [] }: { after?: string; more?: readonly string[] } = {},
): string {
  return tooltipHtml([
    pick(figure.label, locale),
    `${formatFigureWithUnit(figure, locale)}${after}`,
    ...more,
  ])
}

/** A figure as a data item: ChartHost reports its id on click; a blank draws no bar ('-'). */
export function figureItem(figure: Figure, name: string) {
  return { id: figure.id, name, value: figure.value ?? ('-' as const) }
}

/** A category-axis name: the short name, followed by 未报告 where the report leaves it blank. */
export function axisName({ figure, short }: ListedFigure, locale: Locale): string {
  return figure.value === null
    ? `${pick(short, locale)} · ${NOT_REPORTED[locale]}`
    : pick(short, locale)
}

/** "12345热线受理诉求 811 件": a figure as a chart's accessible name lists it. */
export function figureWords(figure: Figure, locale: Locale): string {
  return `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`
}

/** "行政许可 5014 项": a listed figure by the short name its chart prints. */
export function shortWords({ figure, short }: ListedFigure, locale: Locale): string {
  return `${pick(short, locale)} ${formatFigureWithUnit(figure, locale)}`
}

/** Between the figures of an accessible name. */
export const LIST_SEPARATOR: Record<Locale, string> = { zh: '；', en: '; ' }

/** Share of `value` in the table's total, as a chart prints it ("54.8%"); '' without a total. */
export function shareOfTotal(value: number, total: number | null | undefined, locale: Locale) {
  if (!total) return ''
  return `${formatNumber(Math.round((value / total) * 1000) / 10, locale)}%`
}
