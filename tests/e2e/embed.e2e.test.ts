import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

/** A frame's height may differ from its content's by this much (rounding, sub-pixel layout). */
const TOLERANCE = 4

/**
 * Viewport height for the host page tests: tall enough to show every frame at once. Chromium
 * throttles the rendering of cross-origin frames out of view, so their ResizeObserver (and
 * height report) waits until the reader scrolls to them.
 */
const TALL = 4000

/** The charts the host page embeds: different charts, widths and parameters. */
const FRAMES = [
  {
    id: 'default',
    chart: 'channel-split',
    query: '',
    width: 'width="100%"',
    variant: '.v-zh.t-light',
    texts: ['政务微博', '1356 · 54.8%', '837 · 33.8%'],
  },
  {
    id: 'english',
    chart: 'online-services',
    query: '?lang=en',
    width: 'width="70%"',
    variant: '.v-en.t-light',
    texts: ['Registered  10,995 people', 'Verified  7,441 people'],
  },
  {
    id: 'dark',
    chart: 'hotline',
    query: '?theme=dark',
    width: 'width="480" style="max-width:100%"',
    variant: '.v-zh.t-dark',
    texts: ['受理诉求', '811'],
  },
  {
    id: 'untitled',
    chart: 'proposals',
    query: '?title=0',
    width: 'width="50%"',
    variant: '.v-zh.t-light',
    texts: ['人大建议', '3 · 23.1%', '10 · 76.9%'],
  },
  {
    // The same chart twice on one page: the host script tells the frames apart by their window.
    id: 'english-dark',
    chart: 'channel-split',
    query: '?lang=en&theme=dark',
    width: 'width="100%"',
    variant: '.v-en.t-dark',
    texts: ['Weibo', '1,356 · 54.8%'],
  },
] as const

const VARIANTS = ['.v-zh.t-light', '.v-zh.t-dark', '.v-en.t-light', '.v-en.t-dark']

/**
 * The page a portal would write: the frames at a fallback height, and the host script once
 * (or, with `script: false`, none: the test adds it later).
 */
function hostPage(siteRoot: string, { script = true } = {}) {
  const frames = FRAMES.map(
    (frame) =>
      `<section><h2>${frame.id}</h2><iframe id="${frame.id}" src="${siteRoot}embed/${frame.chart}.html${frame.query}" data-gk-embed title="${frame.chart}" ${frame.width} height="300" style="border:0"></iframe></section>`,
  ).join('\n')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>门户测试页 · Host page</title>
<style>body { margin: 0; padding: 8px; font-family: sans-serif } iframe { display: block; border: 0 }</style>
</head>
<body>
<h1>政府门户网站（测试）</h1>
${frames}
<iframe id="foreign" title="foreign" srcdoc="<p>not an embed</p>" width="300" height="80"></iframe>
${script ? `<script src="${siteRoot}embed.js" async></script>` : ''}
</body>
</html>
`
}

/** A portal page whose frame uses the embed/?chart=<id> address. */
function hostPageById(siteRoot: string) {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>门户测试页 · by id</title></head>
<body>
<iframe id="by-id" src="${siteRoot}embed/?chart=hotline" data-gk-embed title="hotline" width="100%" height="600" style="border:0"></iframe>
<script src="${siteRoot}embed.js" async></script>
</body>
</html>
`
}

let browser: BrowserContext
let host: Server
let hostUrl: string

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 1200, height: 900 } })
  const pages: Record<string, string> = {
    '/': hostPage(inject('rootUrl')),
    '/late': hostPage(inject('rootUrl'), { script: false }),
    '/by-id': hostPageById(inject('rootUrl')),
  }
  host = createServer((request, response) => {
    const html = pages[request.url ?? '']
    if (html) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(html)
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204)
      response.end()
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('not found')
    }
  })
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`
})
afterAll(async () => {
  await browser?.close()
  await new Promise((done) => host?.close(done))
})

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const element = await page.$(selector)
  const frame = await element?.contentFrame()
  if (!frame) throw new Error(`no frame ${selector}`)
  return frame
}

type Size = {
  id: string
  /** The iframe's height in the host page. */
  frame: number
  /** The height the host script set (style.height), '' when it set none. */
  styled: string
  /** The frame document's scrollHeight. */
  scroll: number
  /** The height of the frame document's content (its body). */
  content: number
}

async function sizes(page: Page, selectors: readonly string[]): Promise<Size[]> {
  return Promise.all(
    selectors.map(async (selector) => {
      const element = await page.$(selector)
      const frame = await element?.contentFrame()
      if (!element || !frame) throw new Error(`no frame ${selector}`)
      const [outer, inner] = await Promise.all([
        element.evaluate((iframe: HTMLIFrameElement) => ({
          frame: iframe.getBoundingClientRect().height,
          styled: iframe.style.height,
        })),
        frame.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          content: document.body.getBoundingClientRect().height,
        })),
      ])
      return { id: selector, ...outer, ...inner }
    }),
  )
}

/** Frames whose height does not follow their document's scrollHeight, or that nobody sized. */
const unsized = (all: Size[]) =>
  all.filter((size) => size.styled === '' || Math.abs(size.frame - size.scroll) > TOLERANCE)

/** Frames taller or shorter than what they show (a frame that only ever grows ends up here). */
const misfit = (all: Size[]) =>
  all.filter((size) => Math.abs(size.frame - size.content) > TOLERANCE)

const FRAME_SELECTORS = FRAMES.map((frame) => `#${frame.id}`)

/** The frames whose content got shorter than it was in `before`. */
const shorter = (before: Size[], after: Size[]) =>
  after
    .filter((size, index) => size.content < (before[index]?.content ?? 0) - TOLERANCE)
    .map((size) => size.id)

const heightsOf = (all: Size[]) =>
  Object.fromEntries(all.map((size) => [size.id, `${size.frame} (content ${size.content})`]))

describe('charts embedded in a portal page on another origin, through the host script', () => {
  it('draws each chart, prerendered, in the language and theme its address asks for', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, hostUrl.slice(0, -1))
    await page.goto(hostUrl)
    for (const spec of FRAMES) {
      const frame = await frameOf(page, `#${spec.id}`)
      const shown = frame.locator(`.prerendered${spec.variant}`)
      await expect.poll(() => shown.isVisible(), { message: spec.id }).toBe(true)
      await expect.poll(() => shown.locator('svg').isVisible(), { message: spec.id }).toBe(true)
      const texts = await shown.locator('svg text').allTextContents()
      for (const text of spec.texts) expect(texts, `${spec.id} draws “${text}”`).toContain(text)
      for (const other of VARIANTS.filter((variant) => variant !== spec.variant))
        expect(await frame.locator(`.prerendered${other}`).isVisible(), `${spec.id} ${other}`).toBe(
          false,
        )
      expect(await frame.locator('h1.embed-title').isVisible(), spec.id).toBe(
        spec.id !== 'untitled',
      )
      expect(await frame.locator('.embed-message').isVisible(), spec.id).toBe(false)
    }
    // The host page itself loads from its own origin and the charts from the site's.
    const site = `left the origin: ${inject('rootUrl')}`
    expect(problems.filter((problem) => !problem.startsWith(site))).toEqual([])
    await page.close()
  })

  it('sizes every frame to its content after load, and again when the page narrows', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 1200, height: TALL })
    await page.goto(hostUrl)
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, FRAME_SELECTORS))).toEqual([])
    const wide = await sizes(page, FRAME_SELECTORS)
    console.info('frame heights at 1200 px:', heightsOf(wide))

    await page.setViewportSize({ width: 420, height: TALL })
    // The charts scale with the frame's width: every frame's content gets shorter.
    await expect
      .poll(async () => shorter(wide, await sizes(page, FRAME_SELECTORS)))
      .toEqual(FRAME_SELECTORS)
    console.info('frame heights at 420 px:', heightsOf(await sizes(page, FRAME_SELECTORS)))
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await page.close()
  })

  it('sizes every frame again when the page widens', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 420, height: TALL })
    await page.goto(hostUrl)
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])
    const narrow = await sizes(page, FRAME_SELECTORS)

    await page.setViewportSize({ width: 1200, height: TALL })
    await expect
      .poll(async () =>
        (await sizes(page, FRAME_SELECTORS))
          .filter((size, index) => size.frame > (narrow[index]?.frame ?? 0) + TOLERANCE)
          .map((size) => size.id),
      )
      .toEqual(FRAME_SELECTORS)
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await page.close()
  })

  it('sizes frames that loaded before the host script did', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 1200, height: TALL })
    await page.goto(`${hostUrl}late`)
    // Every frame has drawn and reported its height to a page with nobody listening.
    for (const selector of FRAME_SELECTORS) {
      const frame = await frameOf(page, selector)
      await expect.poll(() => frame.locator('.prerendered svg:visible').count()).toBe(1)
    }
    await page.waitForLoadState('networkidle')
    await page.evaluate(
      (src) => {
        const script = document.createElement('script')
        script.src = src
        document.body.append(script)
      },
      `${inject('rootUrl')}embed.js`,
    )
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, FRAME_SELECTORS))).toEqual([])
    await page.close()
  })

  it('sizes a frame addressed as embed/?chart=<id>', async () => {
    const page = await openPage(browser)
    await page.goto(`${hostUrl}by-id`)
    const frame = await frameOf(page, '#by-id')
    await expect.poll(() => frame.url()).toBe(`${inject('rootUrl')}embed/hotline.html`)
    await expect.poll(async () => unsized(await sizes(page, ['#by-id']))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, ['#by-id']))).toEqual([])
    await page.close()
  })

  it('ignores resize messages that do not come from one of its frames', async () => {
    const page = await openPage(browser)
    await page.goto(hostUrl)
    await expect.poll(async () => unsized(await sizes(page, FRAME_SELECTORS))).toEqual([])

    const message = { type: 'gk-embed:resize', chart: 'channel-split', height: 999 }
    const senders = {
      host: page.mainFrame(),
      foreign: await frameOf(page, '#foreign'),
      genuine: await frameOf(page, '#default'),
    }
    /** Posts `data` to the host page from `sender`; resolves with who the host page saw send it. */
    async function post(sender: keyof typeof senders, data: unknown) {
      const seen = page.evaluate(
        (payload) =>
          new Promise<string>((done) => {
            // Listeners run in the order they were added: embed.js's has run when this one runs.
            const handled = (event: MessageEvent) => {
              if (JSON.stringify(event.data) !== payload) return
              window.removeEventListener('message', handled)
              const frames = [...document.querySelectorAll('iframe')]
              const from = frames.find((frame) => frame.contentWindow === event.source)
              done(event.source === window ? 'host' : (from?.id ?? 'unknown'))
            }
            window.addEventListener('message', handled)
          }),
        JSON.stringify(data),
      )
      await senders[sender].evaluate((payload) => window.parent.postMessage(payload, '*'), data)
      return seen
    }

    expect(await post('host', message)).toBe('host')
    expect(await post('foreign', message)).toBe('foreign')
    // From a genuine frame, with the right origin, but the wrong chart id or a bad height.
    for (const data of [
      { ...message, chart: 'hotline' },
      { ...message, height: '999' },
      { ...message, height: -999 },
      { ...message, height: 999_999 },
      [message],
      'gk-embed:resize',
    ])
      expect(await post('genuine', data)).toBe('default')

    const all = await sizes(page, FRAME_SELECTORS)
    expect(all.filter((size) => size.styled === '999px' || size.frame === 999)).toEqual([])
    expect(unsized(all)).toEqual([])
    await page.close()
  })
})

describe('an embed page on its own', () => {
  it('names an unknown chart and lists the charts there are', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(`${inject('rootUrl')}embed/?chart=nope`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('“nope”')
    const catalogue = await (await fetch(`${inject('rootUrl')}embeds.json`)).json()
    const ids: string[] = catalogue.charts.map((chart: { id: string }) => chart.id)
    expect(ids.length).toBeGreaterThan(0)
    const text = (await alert.textContent()) ?? ''
    for (const id of ids) expect(text, id).toContain(id)
    expect(await alert.isVisible()).toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it('forwards embed/?chart=<id> to the chart’s page, keeping the other parameters', async () => {
    const page = await openPage(browser)
    await page.goto(`${inject('rootUrl')}embed/?chart=hotline&lang=en`)
    await expect.poll(() => page.url()).toBe(`${inject('rootUrl')}embed/hotline.html?lang=en`)
    await expect
      .poll(() => page.locator('.prerendered.v-en.t-light svg text').allTextContents())
      .toContain('Received')
    await page.close()
  })

  it('names bad parameters and still shows the chart in the default language and theme', async () => {
    const page = await openPage(browser)
    await page.goto(`${inject('rootUrl')}embed/channel-split.html?lang=fr&theme=pink`)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.isVisible()).toBe(true)
    const text = (await alert.textContent()) ?? ''
    for (const part of ['lang', '“fr”', 'theme', '“pink”']) expect(text).toContain(part)
    const shown = page.locator('.prerendered.v-zh.t-light')
    expect(await shown.isVisible()).toBe(true)
    expect(await shown.locator('svg text').allTextContents()).toContain('1356 · 54.8%')
    for (const other of VARIANTS.filter((variant) => variant !== '.v-zh.t-light'))
      expect(await page.locator(`.prerendered${other}`).isVisible(), other).toBe(false)
    await page.close()
  })

  it('loads little script, stays on its origin, and turns interactive on a click', async () => {
    const page = await openPage(browser)
    const cdp = await browser.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(`${inject('rootUrl')}embed/channel-split.html`)
    await page.waitForLoadState('networkidle')

    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => entry.initiatorType === 'script' || /\.js(\?|$)/.test(entry.name))
        .map((entry) => ({ name: entry.name, bytes: entry.transferSize })),
    )
    const bytes = scripts.reduce((sum, script) => sum + script.bytes, 0)
    console.info(
      `embed page script before interaction: ${bytes} bytes transferred`,
      scripts.map((script) => `${new URL(script.name).pathname} ${script.bytes}`),
    )
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.every((script) => script.bytes > 0)).toBe(true)
    expect(bytes).toBeLessThan(40_000)
    expect(await page.locator('.chart-host').count()).toBe(0)

    // Click a pie sector (a point inside one: a ring sector's centre may be the ring's hole).
    const point = await page.evaluate(() => {
      const sectors = document.querySelectorAll('.prerendered.v-zh.t-light [ecmeta_data_index]')
      for (const sector of sectors) {
        const box = sector.getBoundingClientRect()
        for (const [fx, fy] of [
          [0.5, 0.5],
          [0.25, 0.25],
          [0.75, 0.25],
          [0.25, 0.75],
          [0.75, 0.75],
        ] as const) {
          const x = box.left + box.width * fx
          const y = box.top + box.height * fy
          if (document.elementFromPoint(x, y) === sector) return { x, y }
        }
      }
      return null
    })
    if (!point) throw new Error('no clickable chart element')
    await page.mouse.click(point.x, point.y)
    await expect.poll(() => page.locator('.embed-chart.is-live').count()).toBe(1)
    await expect.poll(() => page.locator('.chart-host[data-drawn="true"]').count()).toBe(1)
    expect(await page.locator('.chart-host svg').isVisible()).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('the demo portal page', () => {
  async function openPortal() {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(`${inject('rootUrl')}demo/portal.html`)
    const ids = await page.$$eval('iframe[data-gk-embed]', (frames) =>
      frames.map((frame, index) => {
        frame.id ||= `embed-${index}`
        return frame.id
      }),
    )
    const selectors = ids.map((id) => `#${id}`)
    // The frames load lazily: scroll to each, as a reader would.
    for (const selector of selectors) await page.locator(selector).scrollIntoViewIfNeeded()
    return { page, problems, selectors }
  }

  it('loads all its frames, sized by the host script, with their charts', async () => {
    const { page, problems, selectors } = await openPortal()
    expect(selectors.length).toBeGreaterThanOrEqual(3)
    await expect.poll(async () => unsized(await sizes(page, selectors))).toEqual([])
    for (const selector of selectors) {
      const frame = await frameOf(page, selector)
      await expect.poll(() => frame.locator('.prerendered svg:visible').count()).toBe(1)
    }
    console.info('demo portal frame heights:', heightsOf(await sizes(page, selectors)))
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shrinks a frame whose fallback height is taller than its chart', async () => {
    const { page, selectors } = await openPortal()
    await expect.poll(async () => unsized(await sizes(page, selectors))).toEqual([])
    await expect.poll(async () => misfit(await sizes(page, selectors))).toEqual([])
    await page.close()
  })
})
