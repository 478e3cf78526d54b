import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const hostings = [
  { name: 'at the server root', url: () => inject('rootUrl') },
  { name: 'from a sub-path (/gk/2018/)', url: () => inject('subPathUrl') },
]

describe.each(hostings)('the production build on a plain static server, $name', ({ url }) => {
  it('shows the report and its headline figures, with no failed request or console error', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(url()).origin)
    await page.goto(url())

    const total = page.getByRole('figure', { name: '主动公开政府信息数' })
    await expect.poll(() => total.textContent()).toContain('2475')
    await expect
      .poll(() => page.getByRole('region', { name: '吴忠市公安局' }).textContent())
      .toContain('2018年1月1日 – 2018年12月31日')
    await expect
      .poll(() => page.getByRole('region', { name: '报告原文' }).textContent())
      .toContain('吴忠市迎宾街667号')
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('the production build in a browser', () => {
  it('switches to English, and a reload keeps English', async () => {
    const page = await openPage(browser)
    await page.goto(inject('rootUrl'))
    await page.getByRole('button', { name: /切换到英文/ }).click()
    await expect.poll(() => new URL(page.url()).search).toBe('?lang=en')
    await page.reload()
    const total = page.getByRole('figure', { name: 'Government information proactively disclosed' })
    await expect.poll(() => total.textContent()).toContain('2,475')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.close()
  })

  it('shows a clear error for a broken response and keeps the rest of the page', async () => {
    const page = await openPage(browser)
    await page.route('**/api/reports/wuzhong-psb-2018.json', async (route) => {
      const response = await route.fetch()
      const body = await response.json()
      body.metrics[0].value = -5
      await route.fulfill({ response, json: body })
    })
    // `/` is the prerendered page, which holds its figures and calls no API; a named report does.
    await page.goto(`${inject('rootUrl')}?report=wuzhong-psb-2018`)
    const headlines = page.getByRole('region', { name: '核心指标' })
    await expect
      .poll(() => headlines.getByRole('alert').textContent())
      .toContain('metrics[0].value (proactive.total): Too small: expected number to be >=0')
    await expect
      .poll(() => page.getByRole('region', { name: '报告原文' }).textContent())
      .toContain('吴忠市迎宾街667号')
    await page.close()
  })

  it('says the data could not be loaded when the API is unreachable', async () => {
    const page = await openPage(browser)
    await page.route('**/api/**', (route) => route.abort('connectionrefused'))
    // `/` is the prerendered page, which holds its figures and calls no API; a named report does.
    await page.goto(`${inject('rootUrl')}?report=wuzhong-psb-2018`)
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('网络请求失败')
    expect(await page.getByRole('button', { name: '重试' }).count()).toBeGreaterThan(0)
    await page.close()
  })
})
