import { HttpResponse, http } from 'msw'
import type { ChartOption } from '../../../src/components/chart/echarts-setup.ts'
import { categoryMetricsResponse } from '../../../src/contract/api-responses.ts'
import type { Figure } from '../../../src/domain/figures.ts'
import type { Category, Report } from '../../../src/domain/report-schema.ts'
import { loadReport, withValue } from '../../fixtures/report.ts'

export const HOSTILE = '<img src=x onerror=alert(1)>'

export type DataItem = { id: string; name: string; value: number }

type SeriesLike = { type?: string; data?: unknown; label?: { formatter?: unknown } }

/** The one series of a chart option, of the expected type. */
export function onlySeries(option: ChartOption, type: 'bar' | 'pie'): SeriesLike {
  const series = (Array.isArray(option.series) ? option.series : [option.series]) as SeriesLike[]
  const [first] = series
  if (series.length !== 1 || !first || first.type !== type) throw new Error(`expected one ${type}`)
  return first
}

export function seriesData(option: ChartOption, type: 'bar' | 'pie'): DataItem[] {
  return (onlySeries(option, type).data as DataItem[]).map(({ id, name, value }) => ({
    id,
    name,
    value,
  }))
}

/** The series label of the data item at `dataIndex`, as ECharts would print it. */
export function labelAt(option: ChartOption, type: 'bar' | 'pie', dataIndex: number): string {
  const formatter = onlySeries(option, type).label?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a label formatter')
  return formatter({ dataIndex })
}

/** The tooltip HTML of the data item at `dataIndex`. */
export function tooltipAt(option: ChartOption, dataIndex: number): string {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip
  const formatter = tooltip?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter')
  return String(formatter({ dataIndex } as never, '', () => {}))
}

/** `figures` with one figure's label replaced by markup. */
export function withHostileLabel(figures: Map<string, Figure>, id: string) {
  const figure = figures.get(id)
  if (!figure) throw new Error(`missing ${id}`)
  return new Map(figures).set(id, { ...figure, label: { zh: HOSTILE, en: HOSTILE } })
}

/** `figures` with some values replaced, as a report with other figures would give them. */
export function withValues(figures: Map<string, Figure>, values: Record<string, number>) {
  const copy = new Map(figures)
  for (const [id, value] of Object.entries(values)) {
    const figure = copy.get(id)
    if (!figure) throw new Error(`missing ${id}`)
    copy.set(id, { ...figure, value })
  }
  return copy
}

/** Answers one category's endpoint once with the report's figures, some values replaced. */
export function serveChanged(category: Category, values: Record<string, number | null>) {
  const report = Object.entries(values).reduce<Report>(
    (changed, [id, value]) => withValue(changed, id, value),
    loadReport(),
  )
  return http.get(
    `*/api/reports/:id/metrics/${category}.json`,
    () => HttpResponse.json(categoryMetricsResponse(report, category)),
    { once: true },
  )
}

/** Fails one category's endpoint once. */
export function failOnce(category: Category) {
  return http.get(
    `*/api/reports/:id/metrics/${category}.json`,
    () => new HttpResponse(null, { status: 500 }),
    { once: true },
  )
}
