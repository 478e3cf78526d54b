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
