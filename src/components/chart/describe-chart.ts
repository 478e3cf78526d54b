import type { Figure } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import type { ChartOption } from './echarts-setup.ts'

/** The figures a chart draws, in drawing order: every data item that carries a metric id. */
export function chartFigures(option: ChartOption, figures: Map<string, Figure>): Figure[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  const ids = series.flatMap((entry) => {
    const data: unknown = (entry as { data?: unknown }).data
    if (!Array.isArray(data)) return []
    return data.flatMap((item: unknown) =>
      item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
        ? [item.id]
        : [],
    )
  })
  return [...new Set(ids)].flatMap((id) => {
    const figure = figures.get(id)
    return figure ? [figure] : []
  })
}

/** An accessible description written from the data: "政府网站公开政府信息数 252 条；…". */
export function describeChart(option: ChartOption, figures: Map<string, Figure>, locale: Locale) {
  return chartFigures(option, figures)
    .map((figure) => `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`)
    .join(locale === 'zh' ? '；' : '; ')
}

/**
 * Hover text per drawn element, keyed "seriesIndex:dataIndex" as `echarts/ssr/client` reports
 * them, for the prerendered SVG before the interactive chart loads.
 */
export function hoverTexts(
  option: ChartOption,
  figures: Map<string, Figure>,
  locale: Locale,
): Record<string, string> {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
  const texts: Record<string, string> = {}
  series.forEach((entry, seriesIndex) => {
    const data: unknown = (entry as { data?: unknown }).data
    if (!Array.isArray(data)) return
    data.forEach((item: unknown, dataIndex) => {
      if (!item || typeof item !== 'object' || !('id' in item) || typeof item.id !== 'string')
        return
      const figure = figures.get(item.id)
      if (figure) {
        texts[`${seriesIndex}:${dataIndex}`] =
          `${pick(figure.label, locale)}: ${formatFigureWithUnit(figure, locale)}`
      }
    })
  })
  return texts
}
