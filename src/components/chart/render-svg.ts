import { type ChartOption, echarts } from './echarts-setup.ts'

/**
 * Server-side counterpart of ChartHost, used at build time only: renders an option to an SVG
 * string (with the metadata `echarts/ssr/client` needs for hover), no DOM, no animation.
 */
export function renderChartToSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ ...option, animation: false })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/**
 * The chart as SVG that fills its box: drawn at `width` × `height`, then scaled by its viewBox to
 * the box's width (never taller than the box), with `attributes` (plain tokens) on the root.
 */
export function renderFittedSvg(
  option: ChartOption,
  width: number,
  height: number,
  attributes: Record<string, string>,
): string {
  const svg = renderChartToSvg(option, width, height)
  const own = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`)
  const fitted = svg.replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg${own.join('')} width="100%" height="100%" aria-hidden="true" focusable="false"`,
  )
  if (fitted === svg) throw new Error('ECharts SSR output no longer starts with <svg width height')
  return fitted
}
