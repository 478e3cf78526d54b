import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import type { FigureMap } from '../report/components/category-panel.tsx'

/** A figure the chart draws, with the short name it prints. */
export type ShortLabel = { id: string; short: LocalizedText }
export type ChartItem = { figure: Figure & { value: number }; short: LocalizedText }
export type ChartInput = { figures: FigureMap; locale: Locale; palette: ChartPalette }

/** The listed figures that have a value; a blank (null) or missing one is not drawn as 0. */
export function chartItems(figures: FigureMap, list: readonly ShortLabel[]): ChartItem[] {
  return list.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure && figure.value !== null
      ? [{ figure: { ...figure, value: figure.value }, short }]
      : []
  })
}

/** Tooltip HTML of the item at `dataIndex`: the report's label and figure, escaped. */
export function itemTooltip(
  items: readonly ChartItem[],
  locale: Locale,
  extra: (item: ChartItem) => string = () => '',
) {
  return (params: unknown) => {
    const item = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined
    const chartItem = items[item?.dataIndex ?? -1]
    if (!chartItem) return ''
    const { figure } = chartItem
    return `${escapeHtml(pick(figure.label, locale))}<br/>${escapeHtml(
      formatFigureWithUnit(figure, locale),
    )}${escapeHtml(extra(chartItem))}`
  }
}
