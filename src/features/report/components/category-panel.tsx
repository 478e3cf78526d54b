import { type ReactNode, useMemo } from 'react'
import type { ChartPalette } from '../../../components/chart/chart-theme.ts'
import { Panel } from '../../../components/panel.tsx'
import { type Figure, figureIndex } from '../../../domain/figures.ts'
import type { Category } from '../../../domain/report-schema.ts'
import type { Locale } from '../../../lib/locale.ts'
import { useCategoryMetrics } from '../api/get-category-metrics.ts'

export type FigureMap = Map<string, Figure>

/** What the dashboard gives every panel: the report, the locale and the theme's chart colours. */
export type PanelProps = { reportId: string; locale: Locale; palette: ChartPalette }

type Props = {
  reportId: string
  category: Category
  title: string
  locale: Locale
  /** Reserved height so the page does not shift when data arrives. */
  minHeight: number
  wide?: boolean
  children: (figures: FigureMap) => ReactNode
}

/**
 * A panel fed by one category's endpoint: its loading, error and retry concern that category only,
 * so a failure in one category never takes down the others.
 */
export function CategoryPanel({
  reportId,
  category,
  title,
  locale,
  minHeight,
  wide,
  children,
}: Props) {
  const query = useCategoryMetrics(reportId, category)
  const figures = useMemo(
    () => (query.data ? figureIndex(query.data.metrics) : undefined),
    [query.data],
  )
  return (
    <Panel
      title={title}
      locale={locale}
      query={{ ...query, data: figures }}
      isEmpty={(map) => map.size === 0}
      minHeight={minHeight}
      className={wide ? 'panel-wide' : undefined}
    >
      {children}
    </Panel>
  )
}

/** The figures with these ids, in this order, skipping any the report does not have. */
export function pickFigures(figures: FigureMap, ids: readonly string[]): Figure[] {
  return ids.flatMap((id) => {
    const figure = figures.get(id)
    return figure ? [figure] : []
  })
}
