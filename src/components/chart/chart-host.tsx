import type { EChartsType } from 'echarts/core'
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import { useChartPreferences, withPreferences } from './chart-preferences.ts'
import type { ChartOption } from './echarts-setup.ts'

type Props = {
  option: ChartOption
  /** Reserved height in px: the box is this tall before, during and after drawing. */
  height: number
  /** Accessible name of the chart image. */
  label: string
  /** Called with the `id` of the clicked data item (a slice, a bar): the figure's metric id. */
  onSelect?: (id: string) => void
  /** Exports the chart as drawn. */
  exportRef?: Ref<ChartExport>
}

/** The chart as an image, as the reader sees it (null before it is drawn). */
export type ChartExport = { svg: () => string | null; png: () => Promise<Blob | null> }

/** Starts loading ECharts early, in parallel with the data, instead of when a chart mounts. */
export const preloadCharts = () => import('./echarts-setup.ts')

/** Width of a chart on A4 paper: one of two columns inside 12 mm margins. */
const PRINT_WIDTH = 310

/** Width used when the container has no layout (jsdom, a hidden tab). */
const FALLBACK_WIDTH = 640

/**
 * The one component that talks to ECharts: init once, setOption on change, resize with the
 * container, dispose on unmount. ECharts is loaded on first use, so the page's text and figures
 * do not wait for it. Sets data-drawn="true" when ECharts reports the chart finished.
 */
export function ChartHost({ option: given, height, label, onSelect, exportRef }: Props) {
  const { patterns, reducedMotion } = useChartPreferences()
  const option = useMemo(
    () => withPreferences(given, { patterns, reducedMotion }),
    [given, patterns, reducedMotion],
  )
  const ref = useRef<HTMLDivElement>(null)
  const chartRef = useRef<EChartsType | null>(null)
  const optionRef = useRef(option)
  optionRef.current = option
  const onSelectRef = useRef(onSelect)
  onSelectRef.current = onSelect

  useEffect(() => {
    const element = ref.current
    if (!element) return
    let disposed = false
    let observer: ResizeObserver | undefined
    let unprint = () => {}
    void preloadCharts().then(({ echarts }) => {
      if (disposed) return
      const chart = echarts.init(element, null, {
        renderer: 'svg',
        width: element.clientWidth || FALLBACK_WIDTH,
        height,
      })
      chartRef.current = chart
      chart.on('finished', () => {
        // A viewBox lets print styles scale the drawn chart to the paper's column.
        const svg = element.querySelector('svg')
        const width = svg?.getAttribute('width')
        const svgHeight = svg?.getAttribute('height')
        if (svg && width && svgHeight) svg.setAttribute('viewBox', `0 0 ${width} ${svgHeight}`)
        element.setAttribute('data-drawn', 'true')
      })
      chart.on('click', (event) => {
        const data = event.data
        if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string') {
          onSelectRef.current?.(data.id)
        }
      })
      chart.setOption(optionRef.current, { notMerge: true })
      // Print lays the page out in narrow columns: draw at the column's width, so labels keep
      // their size on paper, and back at the screen's width afterwards.
      const toPrint = () => chart.resize({ width: PRINT_WIDTH, height })
      const toScreen = () => chart.resize({ width: element.clientWidth || FALLBACK_WIDTH, height })
      window.addEventListener('beforeprint', toPrint)
      window.addEventListener('afterprint', toScreen)
      unprint = () => {
        window.removeEventListener('beforeprint', toPrint)
        window.removeEventListener('afterprint', toScreen)
      }
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => {
          if (element.clientWidth > 0) chart.resize({ width: element.clientWidth, height })
        })
        observer.observe(element)
      }
    })
    return () => {
      disposed = true
      observer?.disconnect()
      unprint()
      chartRef.current?.dispose()
      chartRef.current = null
    }
  }, [height])

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true })
  }, [option])

  useImperativeHandle(exportRef, () => ({
    svg: () => chartRef.current?.renderToSVGString() ?? null,
    png: async () => {
      const svg = chartRef.current?.renderToSVGString()
      const background = getComputedStyle(ref.current?.closest('.panel') ?? document.body)
      return svg
        ? svgToPng(svg, chartRef.current?.getWidth() ?? 0, height, background.backgroundColor)
        : null
    },
  }))

  return (
    <div
      ref={ref}
      className="chart-host"
      role="img"
      aria-label={label}
      style={{ height, cursor: onSelect ? 'pointer' : undefined }}
    />
  )
}

/** Draws the SVG on a canvas at twice its size, on the page's background, and encodes a PNG. */
async function svgToPng(
  svg: string,
  width: number,
  height: number,
  background: string,
): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width * 2
    canvas.height = height * 2
    const context = canvas.getContext('2d')
    if (!context) return null
    context.fillStyle = background || '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise((done) => canvas.toBlob(done, 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}
