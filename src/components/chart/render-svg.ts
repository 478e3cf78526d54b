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
