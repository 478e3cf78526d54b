import type { BrowserContext, Page } from 'playwright-core'
import { openPage } from '../tests/e2e/chromium.ts'
import { routeApi } from './bench-data.ts'

export const CPU_THROTTLE = 4
/** Embed and comparison pages are measured at the size of a typical embed frame. */
export const FRAME = { width: 480, height: 640 }

/** What the probes record in the page, in ms since navigation start (performance.now()). */
type Marks = {
  /**
   * One entry per `.chart-host`: when it first got data-drawn="true": ECharts' 'finished', or for
   * a prerendered chart, the app attaching to its box (hydration).
   */
  drawn: number[]
  /** One entry per `.chart-host`: when ECharts first drew it (data-live="true"). */
  live: number[]
  /**
   * One entry per `.chart-host`, from when its box held its whole chart (the prerendered SVG
   * parsed to its end, or the one ECharts finished drawing): the start of the next frame, which
   * paints it, and of the frame after, by when that frame has been rendered (see `onScreen`).
   */
  visible: [frame: number, rendered: number][]
  /** Click → the frame that shows the panels the click chose has been rendered. */
  applied?: number
  /** The first `.prerendered` element in the DOM. */
  prerendered?: number
  /** `.embed-chart.is-live`. */
  embedLive?: number
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
  const marks: Marks = { drawn: [], live: [], visible: [], shifts: [], events: [] }
  window.__bench = marks
  const seen = new WeakSet<Node>()
  const seenLive = new WeakSet<Node>()
  /** The start of the next frame (which paints what changed) and of the one after. */
  const nextFrames = (record: (frame: number, rendered: number) => void) =>
    requestAnimationFrame(() => {
      const frame = performance.now()
      requestAnimationFrame(() => record(frame, performance.now()))
    })
  const shown = new WeakSet<Element>()
  const checkCharts = () => {
    for (const host of document.querySelectorAll('.chart-host')) {
      if (shown.has(host)) continue
      const drawn = host.getAttribute('data-drawn') === 'true'
      // The parser has moved past the box, so its SVG is whole.
      const parsed = host.nextSibling !== null || document.readyState !== 'loading'
      const prerendered = host.querySelector(':scope > svg') !== null && parsed
      if (!drawn && !prerendered) continue
      shown.add(host)
      nextFrames((frame, rendered) => marks.visible.push([frame, rendered]))
    }
  }
  document.addEventListener('readystatechange', checkCharts)
  new MutationObserver((records) => {
    const now = performance.now()
    checkCharts()
    for (const record of records) {
      const target = record.target
      if (
        record.attributeName === 'hidden' &&
        marks.click !== undefined &&
        marks.applied === undefined &&
        target instanceof Element &&
        target.matches('.panel-slot')
      ) {
        marks.applied = Number.NaN
        nextFrames((_frame, rendered) => {
          marks.applied = rendered - (marks.click ?? Number.NaN)
        })
      } else if (record.attributeName === 'data-live' && !seenLive.has(target)) {
        seenLive.add(target)
        marks.live.push(now)
      } else if (record.attributeName === 'data-drawn' && !seen.has(target)) {
        seen.add(target)
        marks.drawn.push(now)
      } else if (record.attributeName === 'class' && marks.embedLive === undefined) {
        if (target instanceof Element && target.matches('.embed-chart.is-live'))
          marks.embedLive = now
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
    attributeFilter: ['data-drawn', 'data-live', 'class', 'hidden'],
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

/** When the last API response (api/…json) finished arriving; NaN when the page asked for none. */
function apiReceived() {
  const api = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/api/'))
  const ends = api.map((entry) => (entry as PerformanceResourceTiming).responseEnd)
  return ends.length > 0 ? Math.max(...ends) : Number.NaN
}

const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN

/**
 * When every chart was on screen. A chart whose first frame came no later than the first paint
 * was in it (FCP); any other, once the frame that paints it has been rendered.
 */
function onScreen(frames: readonly [number, number][], firstPaint: number) {
  return Math.max(
    ...frames.map(([frame, rendered]) => (frame <= firstPaint ? firstPaint : rendered)),
  )
}

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

const wait = { polling: 200, timeout: Number(process.env.BENCH_WAIT_MS ?? 180_000) }

/** Every chart host drawn, and no panel loading. */
function allDrawn() {
  const hosts = document.querySelectorAll('.chart-host').length
  const loading = document.querySelector('[aria-busy="true"], .panel-status[role="status"]')
  return hosts > 0 && window.__bench.drawn.length >= hosts && !loading
}

/** What a dashboard that never got drawn was doing, for the error message. */
function pageState() {
  return {
    readyState: document.readyState,
    visibility: document.visibilityState,
    hosts: document.querySelectorAll('.chart-host').length,
    drawn: window.__bench.drawn.length,
    busy: [...document.querySelectorAll('[aria-busy="true"], .panel-status[role="status"]')].map(
      (element) => element.outerHTML.slice(0, 120),
    ),
    scripts: [...document.scripts].map((script) => script.src || script.type),
  }
}

export type DashboardRun = Awaited<ReturnType<typeof measureDashboard>>

/**
 * A click as a reader makes it: the pointer comes to rest on the element a moment before the
 * button goes down, so hover work is not part of the click.
 */
async function clickLikeAReader(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForTimeout(300)
  await page.mouse.down()
  await page.mouse.up()
}

/**
 * Scrolls the first chart into view as a reader would, rests a moment, points at it and returns
 * how long ECharts took to draw it from then (0 when ECharts had drawn it already).
 */
async function pointAtFirstChart(page: Page): Promise<number> {
  const chart = page.locator('.chart-host').first()
  if ((await chart.getAttribute('data-live')) === 'true') return 0
  await chart.scrollIntoViewIfNeeded()
  await page.waitForTimeout(500)
  const box = await chart.boundingBox()
  if (!box) throw new Error('the first chart has no box')
  const start = await page.evaluate(() => performance.now())
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const drawn = await page.waitForFunction(
    () => {
      const host = document.querySelector('.chart-host')
      return host?.getAttribute('data-live') === 'true' && performance.now()
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  )
  const time = (await drawn.jsonValue()) as number
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(300)
  return time - start
}

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
    await page.waitForFunction(allDrawn, undefined, wait).catch(async (error: Error) => {
      throw new Error(
        `${error.message} at ${url}: ${JSON.stringify(await page.evaluate(pageState))}`,
      )
    })
    const charts = await page.locator('.chart-host').count()
    await page.waitForFunction((count) => window.__bench.visible.length >= count, charts, wait)
    const marks = await page.evaluate(() => window.__bench)
    const paint = await page.evaluate(fcp)
    const api = await page.evaluate(apiReceived)
    const pointed = await pointAtFirstChart(page)
    const scripts = await page.evaluate(readScripts)
    const filters = page.getByRole('group', { name: '按类别筛选' })
    const box = await filters.getByRole('button', { name: '诉求办理' }).boundingBox()
    if (!box) throw new Error('the filter “诉求办理” has no box')
    await clickLikeAReader(page, box)
    const settled = () =>
      window.__bench.frames !== undefined && Number.isFinite(window.__bench.applied)
    await page.waitForFunction(settled, undefined, wait)
    const hasClick = () => window.__bench.events.some((entry) => entry.name === 'click')
    await page.waitForFunction(hasClick, undefined, { polling: 100, timeout: 1500 }).catch(() => {})
    const after = await page.evaluate(() => window.__bench)
    return {
      first: Math.min(...marks.drawn),
      all: Math.max(...marks.drawn),
      /** Pointer on the first chart → ECharts has drawn it (0 when it had already). */
      pointed,
      visible: onScreen(marks.visible, paint),
      charts,
      api,
      fcp: paint,
      lcp: marks.lcp ?? Number.NaN,
      cls: cls(marks.shifts),
      scripts,
      /** null: no Event Timing entry, so the click took under 16 ms. */
      filterEvent: after.events.find((entry) => entry.name === 'click')?.duration ?? null,
      filterFrames: after.frames ?? Number.NaN,
      filterApplied: after.applied ?? Number.NaN,
    }
  })
}

/** Layout shift (CLS) while the dashboard loads at `url` in a window of `viewport`. */
export async function measureShifts(
  context: BrowserContext,
  url: string,
  viewport: { width: number; height: number },
) {
  const page = await freshPage(context, viewport)
  return closing(page, async () => {
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(allDrawn, undefined, wait)
    await page.waitForTimeout(500)
    return cls(await page.evaluate(() => window.__bench.shifts))
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
    const live = () => window.__bench.embedLive !== undefined && window.__bench.drawn.length > 0
    await page.waitForFunction(live, undefined, wait)
    const marks = await page.evaluate(() => window.__bench)
    const click = marks.click ?? Number.NaN
    return {
      fcp: paint,
      prerendered: marks.prerendered ?? Number.NaN,
      live: (marks.embedLive ?? Number.NaN) - click,
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
