import type { EChartsType } from 'echarts/core'
import { type Ref, useContext, useEffect, useImperativeHandle, useMemo, useRef } from 'react'
import { shownPrerender, svgToPng } from './chart-export.ts'
import { useChartPreferences, withPreferences } from './chart-preferences.ts'
import {
  ChartPrerenderContext,
  OPTION_KEY_ATTRIBUTE,
  optionKey,
  prerenderedItemId,
} from './chart-prerender.ts'
import { drawInTurn, onFirstInput, whenWanted } from './chart-schedule.ts'
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

/** The browser's markup of a chart box: none; a stable object, so React never resets it. */
const NO_MARKUP = Object.freeze({ __html: '' })

/**
 * The one component that talks to ECharts: init once, setOption on change, resize with the
 * container, dispose on unmount. ECharts is loaded on first use, so the page's text and figures
 * do not wait for it. Sets data-drawn="true" once the box shows its whole chart, and
 * data-live="true" once ECharts has drawn it (its 'finished' event).
 *
 * At build time (ChartPrerenderContext) the box holds the chart as SVG instead, in both palettes.
 * In the built page ECharts takes that box over when the reader points at, touches or focuses the
 * chart (a click before then is replayed), or when the option changes to one the SVG does not
 * show (chart-schedule.ts). It replaces the SVG with the same chart, without the entry animation,
 * in the same task, so no frame shows the box empty or the chart growing again.
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
  const prerender = useContext(ChartPrerenderContext)
  const markup = prerender ? { __html: prerender({ option, height, label }) } : NO_MARKUP
  /** Starts ECharts on this box, if it has not started; resolves once the chart is drawn. */
  const takeOver = useRef<() => Promise<void>>(async () => {})

  useEffect(() => {
    const element = ref.current
    if (!element) return
    let disposed = false
    let observer: ResizeObserver | undefined
    let unprint = () => {}
    const prerendered = element.childElementCount > 0
    let started: Promise<void> | undefined
    let stopWaiting = () => {}
    const draw = ({ echarts }: Awaited<ReturnType<typeof preloadCharts>>) => {
      if (disposed || chartRef.current) return
      element.replaceChildren()
      let width = element.clientWidth || FALLBACK_WIDTH
      const chart = echarts.init(element, null, { renderer: 'svg', width, height })
      chartRef.current = chart
      chart.on('finished', () => {
        // A viewBox lets print styles scale the drawn chart to the paper's column.
        const svg = element.querySelector('svg')
        const svgWidth = svg?.getAttribute('width')
        const svgHeight = svg?.getAttribute('height')
        if (svg && svgWidth && svgHeight) {
          svg.setAttribute('viewBox', `0 0 ${svgWidth} ${svgHeight}`)
        }
        element.setAttribute('data-drawn', 'true')
        element.setAttribute('data-live', 'true')
      })
      chart.on('click', (event) => {
        const data = event.data
        if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string') {
          onSelectRef.current?.(data.id)
        }
      })
      const first = optionRef.current
      chart.setOption(prerendered ? { ...first, animation: false } : first, { notMerge: true })
      // Print lays the page out in narrow columns: draw at the column's width, so labels keep
      // their size on paper, and back at the screen's width afterwards.
      const toPrint = () => chart.resize({ width: PRINT_WIDTH, height })
      const toScreen = () => {
        width = element.clientWidth || FALLBACK_WIDTH
        chart.resize({ width, height })
      }
      window.addEventListener('beforeprint', toPrint)
      window.addEventListener('afterprint', toScreen)
      unprint = () => {
        window.removeEventListener('beforeprint', toPrint)
        window.removeEventListener('afterprint', toScreen)
      }
      if (typeof ResizeObserver !== 'undefined') {
        // Hidden (width 0) or shown again at the width it was drawn at: nothing to redraw.
        observer = new ResizeObserver(() => {
          if (element.clientWidth > 0 && element.clientWidth !== width) toScreen()
        })
        observer.observe(element)
      }
    }
    takeOver.current = () => {
      started ??= preloadCharts().then(
        (module) =>
          new Promise<void>((drawn) =>
            drawInTurn(() => {
              try {
                draw(module)
              } finally {
                stopWaiting()
                drawn()
              }
            }),
          ),
        (error: unknown) => {
          // ECharts did not load (the connection dropped): the box keeps what it shows, and the
          // next reach for the chart tries again.
          started = undefined
          console.warn('ECharts did not load:', error)
        },
      )
      return started
    }
    if (prerendered) {
      // The box shows its whole chart already; ECharts takes it over when the reader reaches
      // for it. A click on the prerendered chart selects the item it landed on: the SVG names it
      // (ECharts' SSR metadata), whatever width ECharts then draws the chart at.
      element.setAttribute('data-drawn', 'true')
      onFirstInput(() => void preloadCharts())
      stopWaiting = whenWanted(
        element,
        () => void takeOver.current(),
        (target) => {
          const id = prerenderedItemId(target, optionRef.current)
          if (id !== null) onSelectRef.current?.(id)
          void takeOver.current()
        },
      )
    } else void takeOver.current()
    return () => {
      disposed = true
      stopWaiting()
      observer?.disconnect()
      unprint()
      chartRef.current?.dispose()
      chartRef.current = null
    }
  }, [height])

  useEffect(() => {
    if (chartRef.current) chartRef.current.setOption(option, { notMerge: true })
    // A prerendered chart of another option (language, preferences) shows: ECharts draws now.
    else if (ref.current?.childElementCount && !showsPrerendered(ref.current, option)) {
      void takeOver.current()
    }
  }, [option])

  useImperativeHandle(exportRef, () => ({
    svg: () => chartRef.current?.renderToSVGString() ?? shownPrerender(ref.current),
    png: async () => {
      await takeOver.current()
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
      // The browser's render has no markup here: the prerendered SVG stays until ECharts draws.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' SVG of the build's own data, text escaped by ECharts, as on the embed pages
      dangerouslySetInnerHTML={markup}
      suppressHydrationWarning
    />
  )
}

/** Whether the box holds a prerendered SVG of `option` (app.css shows the theme's one). */
function showsPrerendered(element: HTMLElement, option: ChartOption): boolean {
  return (
    element.querySelector(`:scope > svg[${OPTION_KEY_ATTRIBUTE}="${optionKey(option)}"]`) !== null
  )
}
