import type { BrowserContext, Page } from 'playwright-core'
import { openPage } from '../tests/e2e/chromium.ts'
import { routeApi } from './bench-data.ts'

export const CPU_THROTTLE = 4
/** Embed and comparison pages are measured at the size of a typical embed frame. */
export const FRAME = { width: 480, height: 640 }

/** What the probes record in the page, in ms since navigation start (performance.now()). */
type Marks = {
  /** One entry per `.chart-host`: when it first got data-drawn="true" (ECharts 'finished'). */
  drawn: number[]
  /** The first `.prerendered` element in the DOM. */
  prerendered?: number
  /** `.embed-chart.is-live`. */
  live?: number
  /** The last trusted click, at dispatch (capture phase on window). */
  click?: number
  /** Click dispatch → the second requestAnimationFrame callback after it. */
  frames?: number
  lcp?: number
  /** Layout shifts without recent input: [startTime, value]. */
  shifts: [number, number][]
  /** Event Timing entries of 16 ms or more. */
  events: { name: string; duration: number }[]
}

declare global {
  interface Window {
    __bench: Marks
    __chartDrawn?: number
  }
}

export type Script = { path: string; transfer: number; encoded: number }

/** Runs in the page before its scripts (page.addInitScript): self-contained. */
function installProbes() {
  const marks: Marks = { drawn: [], shifts: [], events: [] }
  window.__bench = marks
  const seen = new WeakSet<Node>()
  new MutationObserver((records) => {
    const now = performance.now()
    for (const record of records) {
      const target = record.target
      if (record.attributeName === 'data-drawn' && !seen.has(target)) {
        seen.add(target)
        marks.drawn.push(now)
      } else if (record.attributeName === 'class' && marks.live === undefined) {
        if (target instanceof Element && target.matches('.embed-chart.is-live')) marks.live = now
      } else if (record.type === 'childList' && marks.prerendered === undefined) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.classList.contains('prerendered'))
            marks.prerendered = now
        }
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-drawn', 'class'],
  })
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return
      const start = performance.now()
      marks.click = start
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          marks.frames = performance.now() - start
        }),
      )
    },
    { capture: true },
  )
  const observe = (type: string, each: (entry: PerformanceEntry) => void, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({
        type,
        buffered: true,
        ...extra,
      })
    } catch {
      // An entry type this browser does not support: the figure stays empty.
    }
  }
  observe('largest-contentful-paint', (entry) => {
    marks.lcp = entry.startTime
  })
  observe('layout-shift', (entry) => {
    const shift = entry as unknown as { value: number; hadRecentInput: boolean }
    if (!shift.hadRecentInput) marks.shifts.push([entry.startTime, shift.value])
  })
  observe('event', (entry) => marks.events.push({ name: entry.name, duration: entry.duration }), {
    durationThreshold: 16,
  })
}

/** Every script the page fetched (Resource Timing), with its path from the server root. */
function readScripts(): Script[] {
  return performance.getEntriesByType('resource').flatMap((entry) => {
    const timing = entry as PerformanceResourceTiming
    const path = new URL(timing.name).pathname.slice(1)
    const sizes = { path, transfer: timing.transferSize, encoded: timing.encodedBodySize }
    return path.endsWith('.js') ? [sizes] : []
  })
}

/** When the last API response (api/…json) finished arriving. */
function apiReceived() {
  const api = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/api/'))
  return Math.max(...api.map((entry) => (entry as PerformanceResourceTiming).responseEnd))
}

const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN

/** Largest session window of layout shifts (gaps under 1 s, windows up to 5 s), as CLS does. */
function cls(shifts: [number, number][]) {
  let best = 0
  let sum = 0
  let start = Number.NEGATIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (const [time, value] of shifts) {
    if (time - last > 1000 || time - start > 5000) [sum, start] = [0, time]
    sum += value
    last = time
    best = Math.max(best, sum)
  }
  return best
}

/** A new tab with the CPU throttled and the cache disabled, the probes installed. */
async function freshPage(context: BrowserContext, viewport?: typeof FRAME): Promise<Page> {
  const page = await openPage(context)
  if (viewport) await page.setViewportSize(viewport)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE })
  await page.addInitScript(installProbes)
  return page
}

async function closing<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  try {
    return await measure()
  } finally {
    await page.close()
  }
}

const wait = { polling: 200, timeout: 180_000 }

/** Every chart host drawn, and no panel loading. */
function allDrawn() {
  const hosts = document.querySelectorAll('.chart-host').length
  const loading = document.querySelector('[aria-busy="true"], .panel-status[role="status"]')
  return hosts > 0 && window.__bench.drawn.length >= hosts && !loading
}

export type DashboardRun = Awaited<ReturnType<typeof measureDashboard>>

/** The dashboard until every chart is drawn, then the filter “诉求办理”. */
export async function measureDashboard(
  context: BrowserContext,
  url: string,
  synthetic?: Map<string, string>,
) {
  const page = await freshPage(context)
  return closing(page, async () => {
    if (synthetic) await routeApi(page, synthetic)
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(allDrawn, undefined, wait)
    const marks = await page.evaluate(() => window.__bench)
    const charts = await page.locator('.chart-host').count()
    const paint = await page.evaluate(fcp)
    const scripts = await page.evaluate(readScripts)
    const api = await page.evaluate(apiReceived)
    const filters = page.getByRole('group', { name: '按类别筛选' })
    await filters.getByRole('button', { name: '诉求办理' }).click()
    await page.waitForFunction(() => window.__bench.frames !== undefined, undefined, wait)
    const hasClick = () => window.__bench.events.some((entry) => entry.name === 'click')
    await page.waitForFunction(hasClick, undefined, { polling: 100, timeout: 1500 }).catch(() => {})
    const after = await page.evaluate(() => window.__bench)
    return {
      first: Math.min(...marks.drawn),
      all: Math.max(...marks.drawn),
      charts,
      api,
      fcp: paint,
      lcp: marks.lcp ?? Number.NaN,
      cls: cls(marks.shifts),
      scripts,
      /** null: no Event Timing entry, so the click took under 16 ms. */
      filterEvent: after.events.find((entry) => entry.name === 'click')?.duration ?? null,
      filterFrames: after.frames ?? Number.NaN,
    }
  })
}

/** An embed page: the prerendered chart, then a click to the interactive chart. */
export async function measureEmbed(context: BrowserContext, url: string) {
  const page = await freshPage(context, FRAME)
  return closing(page, async () => {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      undefined,
      wait,
    )
    const paint = await page.evaluate(fcp)
    const before = await page.evaluate(readScripts)
    await page.locator('.embed-chart').click()
    const live = () => window.__bench.live !== undefined && window.__bench.drawn.length > 0
    await page.waitForFunction(live, undefined, wait)
    const marks = await page.evaluate(() => window.__bench)
    const click = marks.click ?? Number.NaN
    return {
      fcp: paint,
      prerendered: marks.prerendered ?? Number.NaN,
      live: (marks.live ?? Number.NaN) - click,
      liveDrawn: (marks.drawn[0] ?? Number.NaN) - click,
      before,
      after: await page.evaluate(readScripts),
    }
  })
}

/** The comparison page: echarts.min.js and one canvas chart. */
export async function measurePlain(context: BrowserContext, url: string) {
  const page = await freshPage(context, FRAME)
  return closing(page, async () => {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => window.__chartDrawn !== undefined, undefined, wait)
    return {
      drawn: await page.evaluate(() => window.__chartDrawn ?? Number.NaN),
      fcp: await page.evaluate(fcp),
      scripts: await page.evaluate(readScripts),
    }
  })
}
