import { createContext } from 'react'
import type { ChartOption } from './echarts-setup.ts'

/** What ChartHost asks the prerender for: the option as it would draw it, and its box. */
export type PrerenderRequest = { option: ChartOption; height: number; label: string }

/**
 * Build time only (src/prerender/render-dashboard.tsx): turns a chart into the SVG markup the
 * built page shows before ECharts loads. Null in the browser, where ChartHost draws with ECharts.
 */
export type ChartPrerender = (request: PrerenderRequest) => string

export const ChartPrerenderContext = createContext<ChartPrerender | null>(null)

/** Class of a prerendered chart's SVG for each theme; app.css shows the one in effect. */
export const PRERENDER_CLASS = { light: 'prerender-light', dark: 'prerender-dark' } as const

/**
 * What a chart draws, as a short key: the option without its functions (formatters follow the
 * data and the language, which are in it) and without animation settings, which a static SVG
 * does not show. A prerendered SVG carries the key of the option it was drawn from.
 */
export function optionKey(option: ChartOption): string {
  const text = JSON.stringify(option, (key, value) =>
    key.startsWith('animation') ? undefined : value,
  )
  // FNV-1a, 32 bits: enough to tell the few options one chart box ever shows apart.
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** The attribute of a prerendered SVG holding its option's key. */
export const OPTION_KEY_ATTRIBUTE = 'data-option-key'

/**
 * The id of the data item a click on a prerendered chart landed on, from the metadata ECharts'
 * server renderer writes on each item's shape (`ecmeta_series_index`, `ecmeta_data_index`), looked
 * up in the option the SVG was drawn from; null off an item, or for an item without an id.
 */
export function prerenderedItemId(target: Element, option: ChartOption): string | null {
  const item = target.closest('[ecmeta_data_index]')
  if (!item) return null
  const seriesIndex = Number(item.getAttribute('ecmeta_series_index') ?? 0)
  const dataIndex = Number(item.getAttribute('ecmeta_data_index'))
  const series: unknown = option.series
  const list = Array.isArray(series) ? series : [series]
  const data: unknown = (list[seriesIndex] as { data?: unknown } | undefined)?.data
  const datum: unknown = Array.isArray(data) ? data[dataIndex] : undefined
  if (datum && typeof datum === 'object' && 'id' in datum && typeof datum.id === 'string') {
    return datum.id
  }
  return null
}
