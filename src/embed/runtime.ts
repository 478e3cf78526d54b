import { hydrate } from 'echarts/ssr/client/index'
import type { ChartExport } from '#src/components/chart/chart-host.tsx'
import { LOCALES, type Locale } from '#src/lib/locale.ts'
import { parseLocale, THEMES } from '#src/lib/view-params.ts'
import { resizeMessage } from './embed-messages.ts'
import { embedText } from './embed-text.ts'
import './embed.css'

/**
 * The script of an embed page. The chart is already on screen (prerendered SVG); this adds the
 * messages for bad parameters, hover text, the interactive chart on demand and the height
 * report to the parent page. It sends nothing else to the parent and reads no message from it.
 */
const root = document.documentElement
const RESEND_AFTER_MS = [500, 1500, 3000, 6000, 12000]
const params = new URLSearchParams(window.location.search)
const locale: Locale = parseLocale(params.get('lang'))

function showMessage(lines: string[]) {
  const box = document.querySelector<HTMLElement>('.embed-message')
  if (!box || lines.length === 0) return
  box.textContent = lines.join(' ')
  box.hidden = false
}

function parameterProblems(): string[] {
  const allowed: Record<string, readonly string[]> = {
    lang: LOCALES,
    theme: [...THEMES, 'system'],
    title: ['0', '1'],
  }
  return Object.entries(allowed).flatMap(([name, values]) => {
    const value = params.get(name)
    if (value === null || values.includes(value)) return []
    return [embedText('badParam', locale, { name, value, allowed: values.join(', ') })]
  })
}

/**
 * Reports the content's own height (not the document's, which never gets smaller than the
 * frame), so that the parent can shrink the frame as well as grow it.
 */
function reportHeight(chart: string) {
  const content = document.querySelector<HTMLElement>('main.embed') ?? document.body
  const send = () => {
    const height = content.getBoundingClientRect().bottom + window.scrollY
    window.parent.postMessage(resizeMessage(chart, height), '*')
  }
  send()
  new ResizeObserver(send).observe(content)
  // The page reads no message, so it cannot be asked for its height: it repeats it a few times
  // for a host script that loads after the frame (the snippet loads it async).
  for (const delay of RESEND_AFTER_MS) setTimeout(send, delay)
}

function resolvedTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function hoverTexts(): Record<string, string> {
  try {
    const all = JSON.parse(document.getElementById('embed-hover')?.textContent ?? '{}')
    const texts: unknown = all?.[locale]
    if (!texts || typeof texts !== 'object') return {}
    // Keep only string values: the page's own JSON, but read without trusting its shape.
    return Object.fromEntries(
      Object.entries(texts).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

function startChartPage(chartId: string) {
  const figure = document.querySelector<HTMLElement>('.embed-chart')
  if (!figure) return
  const dashboard = document.querySelector<HTMLAnchorElement>('.embed-dashboard')
  if (dashboard && locale === 'en') dashboard.href += '&lang=en'

  const theme = resolvedTheme()
  const tooltip = document.querySelector<HTMLElement>('.embed-tooltip')
  const prerendered = figure.querySelector<HTMLElement>(`.prerendered.v-${locale}.t-${theme}`)
  const texts = hoverTexts()
  const reportId = root.dataset.report ?? ''
  let live: Promise<ChartExport> | null = null
  const goLive = () => {
    live ??= import('./live-chart.tsx').then(({ mountLiveChart }) =>
      mountLiveChart({ figure, chartId, locale, theme, reportId }),
    )
    return live
  }
  // PNG needs the interactive chart, so the button exists only where scripts run.
  for (const list of document.querySelectorAll<HTMLElement>(`.v-${locale} .embed-downloads`)) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'embed-png'
    button.textContent = 'PNG'
    button.addEventListener('click', () => {
      void import('./live-chart.tsx').then(({ savePng }) =>
        savePng(goLive(), `${reportId}_${chartId}_${locale}.png`),
      )
    })
    list.append(' ', button)
  }
  if (prerendered) {
    hydrate(prerendered, {
      on: {
        mouseover: ({ seriesIndex, dataIndex }) => {
          const text = texts[`${seriesIndex}:${dataIndex}`]
          if (tooltip && text) {
            tooltip.textContent = text
            tooltip.hidden = false
          }
        },
        mouseout: () => {
          if (tooltip) tooltip.hidden = true
        },
      },
    })
  }
  figure.addEventListener('click', () => void goLive())
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') void goLive()
  })
  // With a live API the prerendered figures may be stale: draw from the API at once.
  if (import.meta.env.VITE_API_BASE_URL) void goLive()
}

/** embed/index.html?chart=<id>: forward to the chart's page, or say which charts exist. */
function startIndexPage() {
  // An unknown embed/<name>.html that the server answered with this page names <name>.
  const fromPath = /\/embed\/([^/]+)\.html$/.exec(window.location.pathname)?.[1]
  const id = params.get('chart') ?? (fromPath && fromPath !== 'index' ? fromPath : null)
  // The page lists the charts (written at build from the catalogue), so this script need not.
  const ids = (root.dataset.charts ?? '').split(' ').filter(Boolean)
  const list = ids.join(', ')
  if (id && ids.includes(id)) {
    params.delete('chart')
    const search = params.toString()
    window.location.replace(`embed/${id}.html${search ? `?${search}` : ''}`)
    return
  }
  showMessage([
    id
      ? embedText('unknownChart', locale, { id, list })
      : embedText('missingChart', locale, { list }),
  ])
}

const chartId = root.dataset.chart
showMessage(parameterProblems())
if (chartId) startChartPage(chartId)
else startIndexPage()
reportHeight(chartId ?? params.get('chart') ?? '')
