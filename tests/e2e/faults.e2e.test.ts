import type { BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hostileReport } from '../fixtures/hostile-report.ts'
import { launchChromium, openPage } from './chromium.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** How each fault answers a request, as a failing API would. */
const FAULTS: Record<string, { answer: (route: Route) => Promise<void>; message: string }> = {
  'server error': {
    answer: (route) => route.fulfill({ status: 500, body: 'oops' }),
    message: '服务器返回错误（HTTP 500）',
  },
  'not found': {
    answer: (route) =>
      route.fulfill({ status: 404, json: { error: { code: 'not-found', message: 'gone' } } }),
    message: '服务器返回错误（HTTP 404）',
  },
  'network failure': {
    answer: (route) => route.abort('connectionreset'),
    message: '网络请求失败',
  },
  'slow response (longer than the 10 s timeout)': {
    answer: async (route) => {
      await new Promise((wait) => setTimeout(wait, 11_000))
      // The client gave up already; the late answer has nowhere to go.
      await route.fulfill({ status: 200, json: {} }).catch(() => {})
    },
    message: '10 秒内没有响应',
  },
  'malformed JSON': {
    answer: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"x": [' }),
    message: '响应不是有效的 JSON',
  },
  'broken schema': {
    answer: (route) => route.fulfill({ status: 200, json: { metrics: 'none' } }),
    message: '响应与接口约定不符',
  },
  'empty category': {
    answer: (route) =>
      route.fulfill({
        status: 200,
        json: { reportId: 'wuzhong-psb-2018', category: 'requests', metrics: [] },
      }),
    message: '暂无数据',
  },
}

/** Page errors and console errors, less the browser's own line for each failed request. */
function watchErrors(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    if (/Failed to load resource/.test(message.text())) return
    errors.push(message.text())
  })
  return errors
}

const panelText = (page: Page, name: string) => page.getByRole('region', { name }).textContent()

describe.each(Object.entries(FAULTS))(
  'the production build when one endpoint has a %s',
  (_, fault) => {
    it('shows the message in that panel, keeps the others, and recovers on retry', async () => {
      const page = await openPage(browser)
      const errors = watchErrors(page)
      let failing = true
      await page.route('**/api/reports/*/metrics/requests.json', (route) =>
        failing ? fault.answer(route) : route.fallback(),
      )
      await page.goto(`${inject('rootUrl')}?cat=requests,online-services`)
      await expect.poll(() => panelText(page, '诉求办理')).toContain(fault.message)
      await expect.poll(() => panelText(page, '互联网+政务服务')).toContain('10995')

      failing = false
      const retry = page
        .getByRole('region', { name: '诉求办理' })
        .getByRole('button', { name: '重试' })
      if ((await retry.count()) > 0) {
        await retry.click()
        await expect.poll(() => panelText(page, '诉求办理')).toContain('51890平台受理办结投诉')
      }
      expect(errors).toEqual([])
      await page.close()
    })
  },
)

describe('the production build with a hostile dataset', () => {
  it('renders every payload as text and runs none of it', async () => {
    const page = await openPage(browser)
    const errors = watchErrors(page)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const report = hostileReport()
    const metrics = report.metrics as Array<{ category: string }>
    await page.route('**/api/reports/*/metrics/*.json', (route) => {
      const category = /metrics\/([a-z-]+)\.json/.exec(route.request().url())?.[1]
      return route.fulfill({
        json: {
          reportId: report.id,
          category,
          metrics: metrics.filter((m) => m.category === category),
        },
      })
    })
    await page.route('**/api/reports/wuzhong-psb-2018.json', (route) =>
      route.fulfill({ json: report }),
    )
    // `/` is the prerendered page, which holds its figures and calls no API; a named report does.
    await page.goto(`${inject('rootUrl')}?report=wuzhong-psb-2018`)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const hosts = [...document.querySelectorAll('.chart-host')]
          return (
            hosts.length > 0 && hosts.every((host) => host.getAttribute('data-drawn') === 'true')
          )
        }),
      )
      .toBe(true)
    // Hover every chart so that tooltips render too.
    for (const chart of await page.locator('.chart-host').all()) {
      await chart.scrollIntoViewIfNeeded()
      await chart.hover({ position: { x: 60, y: 40 } })
    }
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      images: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
    }))
    expect(injected).toEqual({ pwned: undefined, images: 0 })
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
