import { type ReactNode, useMemo } from 'react'
import { useCategoryMetrics } from '#src/api/get-category-metrics.ts'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { type FigureMap, figureIndex } from '#src/domain/figures.ts'
import type { Category } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { Panel } from './panel.tsx'

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
