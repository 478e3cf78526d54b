import { type DerivedMetric, deriveMetrics } from './derived-metrics.ts'
import type { Metric } from './report-schema.ts'

/** A figure the dashboard shows: printed in the report, or computed from printed figures. */
export type Figure = ({ kind: 'reported' } & Metric) | ({ kind: 'computed' } & DerivedMetric)

export function figureIndex(metrics: readonly Metric[]): Map<string, Figure> {
  const index = new Map<string, Figure>()
  for (const metric of metrics) index.set(metric.id, { kind: 'reported', ...metric })
  for (const metric of deriveMetrics(metrics)) index.set(metric.id, { kind: 'computed', ...metric })
  return index
}

/** The report line a figure comes from; for a computed figure, the line of its first input. */
export function sourceLine(figure: Figure, index: Map<string, Figure>): number | null {
  if (figure.kind === 'reported') return figure.citations[0]?.line ?? null
  for (const id of figure.computed.inputs) {
    const input = index.get(id)
    if (input?.kind === 'reported') return input.citations[0]?.line ?? null
  }
  return null
}

/** A report's figures by metric id. */
export type FigureMap = Map<string, Figure>

/** The figures with these ids, in this order, skipping any the report does not have. */
export function pickFigures(figures: FigureMap, ids: readonly string[]): Figure[] {
  return ids.flatMap((id) => {
    const figure = figures.get(id)
    return figure ? [figure] : []
  })
}
