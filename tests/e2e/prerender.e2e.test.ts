import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { linkedStyleSheets } from '../../scripts/vite-plugin-prerender-html.ts'
import { allChartsDrawn } from './charts.ts'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 1366, height: 768 } })
})
afterAll(async () => {
  await browser?.close()
})

/** Text each panel's chart draws: the report's figures, as labels (as in dashboard.e2e). */
const CHART_TEXTS: Record<string, string[]> = {
  主动公开渠道分布: ['1356 · 54.8%', '252 · 10.2%', '837 · 33.8%', '30 · 1.2%'],
  主动公开信息类别: ['33%', '30%', '20%', '17%'],
  '互联网+政务服务': ['注册用户  10995 人', '实名认证  7441 人'],
  交通安全综合服务管理平台: ['注册用户  26.04万 人', '互联网选号  1208 人'],
  诉求办理: ['811'],
  人大建议和政协提案: ['3 · 23.1%', '10 · 76.9%'],
  回应解读: ['34', '213'],
  执法信息公开: ['5014 项', '375 项'],
  机构建设与培训: ['1 · 25%', '3 · 75%'],
}

/** A page whose scripts never run, as a reader with JavaScript off sees it. */
async function withoutJavaScript(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await openPage(browser)
  const cdp = await browser.newCDPSession(page)
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  await page.emulateMedia({ colorScheme })
  return page
}

/**
 * Keeps the first <h1> and the first chart box as the parser made them, before any module runs
 * (readyState "interactive" comes before module scripts), to tell hydration from a new render.
 */
async function keepParsedNodes(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return
      Object.assign(window, {
        __parsed: {
          heading: document.querySelector('h1'),
          prerendered: document.querySelectorAll('.chart-host > svg').length,
        },
      })
    })
  })
}

type Parsed = { heading: Element | null; prerendered: number }
const sameHeading = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __parsed: Parsed }).__parsed.heading === document.querySelector('h1'),
  )

/** Whether #root is painted (prerender-boot.js hides it at a URL it was not made for). */
const rootShown = (page: Page) =>
  page.evaluate(
    () => getComputedStyle(document.getElementById('root') as Element).display !== 'none',
  )

describe('the prerendered dashboard (production build)', () => {
  it('shows every chart with the report’s figures before any script runs', async () => {
    const page = await withoutJavaScript()
    await page.goto(inject('rootUrl'))
    expect(await page.locator('.chart-host').count()).toBe(Object.keys(CHART_TEXTS).length)
    for (const [panel, texts] of Object.entries(CHART_TEXTS)) {
      const chart = page.getByRole('region', { name: panel }).locator('.chart-host')
      const light = chart.locator('svg.prerender-light')
      expect(await light.isVisible(), `${panel}: the light chart is shown`).toBe(true)
      expect(await chart.locator('svg.prerender-dark').isVisible()).toBe(false)
      const drawn = await light.locator('text').allTextContents()
      for (const text of texts) expect(drawn, `${panel} draws “${text}”`).toContain(text)
    }
    const headlines = await page.getByRole('region', { name: '核心指标' }).textContent()
    expect(headlines).toContain('2475')
    expect(await page.getByRole('button', { name: '诉求办理' }).isVisible()).toBe(true)
    await page.close()
  })

  it('shows the charts in the dark palette when the system is dark', async () => {
    const page = await withoutJavaScript('dark')
    await page.goto(inject('rootUrl'))
    const charts = page.locator('.chart-host')
    for (const chart of await charts.all()) {
      expect(await chart.locator('svg.prerender-dark').isVisible()).toBe(true)
      expect(await chart.locator('svg.prerender-light').isVisible()).toBe(false)
    }
    await page.close()
  })

  it('is taken over by the app: the same nodes, then one ECharts chart per box, no error', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await keepParsedNodes(page)
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    expect(await sameHeading(page), 'hydrated, not rendered again').toBe(true)
    const parsed = await page.evaluate(() => (window as unknown as { __parsed: Parsed }).__parsed)
    expect(parsed.prerendered).toBe(2 * Object.keys(CHART_TEXTS).length)
    // Pointing at a chart makes ECharts draw it in place of the prerendered one: one per box.
    for (const [panel, texts] of Object.entries(CHART_TEXTS)) {
      const chart = page.getByRole('region', { name: panel }).locator('.chart-host')
      expect(await chart.count(), panel).toBe(1)
      await chart.hover()
      await expect.poll(() => chart.getAttribute('data-live')).toBe('true')
      expect(await chart.locator('svg').count(), panel).toBe(1)
      expect(await chart.locator('svg.prerender-light, svg.prerender-dark').count()).toBe(0)
      const drawn = await chart.locator('svg text').allTextContents()
      for (const text of texts) expect(drawn, `${panel} draws “${text}”`).toContain(text)
    }
    // The hydrated page answers: a filter applies and goes into the URL.
    await page
      .getByRole('group', { name: '按类别筛选' })
      .getByRole('button', { name: '诉求办理' })
      .click()
    await expect.poll(() => new URL(page.url()).search).toBe('?cat=requests')
    await expect.poll(() => page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })

  it('selects the bar a tap lands on at phone width, where ECharts redraws the chart narrower', async () => {
    const page = await openPage(browser)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    const region = page.getByRole('region', { name: '执法信息公开' })
    // The second bar, 行政处罚 375, as the prerendered chart draws it.
    const bar = region.locator('.chart-host > svg.prerender-light [ecmeta_data_index="1"]').first()
    await bar.scrollIntoViewIfNeeded()
    await bar.click()
    await expect.poll(() => region.locator('.selected-figure').textContent()).toContain('375')
    await expect.poll(() => region.locator('.chart-host').getAttribute('data-live')).toBe('true')
    await page.close()
  })

  it('selects what a click on a prerendered chart lands on, and ECharts takes the chart over', async () => {
    const page = await openPage(browser)
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    const region = page.getByRole('region', { name: '人大建议和政协提案' })
    const chart = region.locator('.chart-host')
    await chart.scrollIntoViewIfNeeded()
    expect(await chart.getAttribute('data-live')).toBeNull()
    const box = await chart.boundingBox()
    if (!box) throw new Error('the proposals chart has no box')
    // The bottom of the donut, mid-ring: the 10 proposals. The click reaches the prerendered SVG
    // before ECharts is loaded.
    const radius = 0.53 * (Math.min(box.width, box.height) / 2)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + radius)
    await expect.poll(() => chart.getAttribute('data-live')).toBe('true')
    await expect.poll(() => region.locator('.selected-figure').textContent()).toContain('10')
    await page.close()
  })

  it('answers a filter click and a theme choice made before the app took the page over', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    // The app's modules wait until the reader has acted: only prerender-boot.js runs meanwhile.
    let release = () => {}
    const released = new Promise<void>((done) => {
      release = done
    })
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await released
      await route.continue()
    })
    await page.goto(inject('rootUrl'), { waitUntil: 'domcontentloaded' })
    await page
      .getByRole('group', { name: '按类别筛选' })
      .getByRole('button', { name: '诉求办理' })
      .click()
    await page.getByRole('combobox', { name: '配色' }).selectOption('dark')
    expect(new URL(page.url()).search, 'nothing has answered yet').toBe('')
    release()
    await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('requests')
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark')
    await expect.poll(() => page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows the charts in the theme the reader picks once the app runs, whatever the system’s', async () => {
    const page = await openPage(browser)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    const visible = (palette: 'light' | 'dark') =>
      page.locator(`.chart-host > svg.prerender-${palette}:visible`).count()
    expect(await visible('dark')).toBe(Object.keys(CHART_TEXTS).length)
    await page.getByRole('combobox', { name: '配色' }).selectOption('light')
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light')
    expect(await visible('light')).toBe(Object.keys(CHART_TEXTS).length)
    expect(await visible('dark')).toBe(0)
    await page.close()
  })

  it.each(['?lang=en', '?cat=requests', '?theme=dark', '?patterns=1', '?report=huaian-gov-2024'])(
    'hides the prerender before the first paint at %s',
    async (search) => {
      const page = await openPage(browser)
      // Only prerender-boot.js runs: what the reader sees before the app is loaded.
      await page.route('**/assets/main-*.js', (route) => route.abort())
      await page.goto(inject('rootUrl') + search)
      expect(await rootShown(page)).toBe(false)
      await page.goto(inject('rootUrl'))
      expect(await rootShown(page)).toBe(true)
      await page.close()
    },
  )

  it('never shows the Chinese prerender at ?lang=en once the app runs', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await keepParsedNodes(page)
    await page.goto(`${inject('rootUrl')}?lang=en`)
    await allChartsDrawn(page)
    expect(await sameHeading(page), 'rendered afresh, not hydrated').toBe(false)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('.prerender-light, .prerender-dark').count()).toBe(0)
    const texts = await page.locator('.chart-host svg text').allTextContents()
    expect(texts.length).toBeGreaterThan(0)
    expect(texts.filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([])
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toMatch(
      /[\u3400-\u9fff]/,
    )
    expect(problems).toEqual([])
    await page.close()
  })

  it('links inside the site from a sub-path, as hosted by a portal', async () => {
    const page = await withoutJavaScript()
    await page.goto(inject('subPathUrl'))
    const dataset = await page
      .getByRole('link', { name: /下载数据集/ })
      .evaluate((a) => (a as HTMLAnchorElement).href)
    expect(dataset).toBe(`${inject('subPathUrl')}api/reports/wuzhong-psb-2018.json`)
    expect((await fetch(dataset)).status).toBe(200)
    await page.close()
  })

  it('keeps index.html and the style sheets it links within their budgets (size-budget.json)', () => {
    const ROOT = resolve(import.meta.dirname, '../..')
    const budget = JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8'))
    const dist = inject('distDir')
    const html = readFileSync(join(dist, 'index.html'))
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(budget.dashboard.htmlGzip)
    // Every style sheet the first paint waits for, code-split panels' included.
    const css = linkedStyleSheets(html.toString()).map((file) => readFileSync(join(dist, file)))
    const cssGzip = css.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0)
    expect(cssGzip).toBeLessThanOrEqual(budget.dashboard.cssGzip)
  })
})
