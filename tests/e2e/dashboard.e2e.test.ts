import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 1366, height: 768 } })
})
afterAll(async () => {
  await browser?.close()
})

/** Waits until every chart on the page has reported ECharts' `finished` event. */
async function allChartsDrawn(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const hosts = [...document.querySelectorAll('.chart-host')]
        return hosts.length > 0 && hosts.every((host) => host.getAttribute('data-drawn') === 'true')
      }),
    )
    .toBe(true)
  return page.locator('.chart-host').count()
}

const regionText = (page: Page, name: string) => page.getByRole('region', { name }).textContent()

describe('the dashboard (production build, headless Chromium)', () => {
  it('draws every panel’s chart with the report’s figures and logs no error', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(inject('rootUrl'))
    const charts = await allChartsDrawn(page)
    expect(charts).toBeGreaterThanOrEqual(1)

    const channels = page.getByRole('img', { name: /政府网站公开政府信息数 252 条/ })
    expect(await channels.locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('政务微博')]),
    )
    expect(await regionText(page, '主动公开渠道分布')).toContain('2400余 条')
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows where a clicked slice comes from in the report', async () => {
    const page = await openPage(browser)
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    const chart = page.getByRole('img', { name: /政务微博公开政府信息数/ })
    await chart.scrollIntoViewIfNeeded()
    const box = await chart.boundingBox()
    if (!box) throw new Error('the channel chart has no box')
    // The 微博 slice spans roughly 37°–234° clockwise from 12 o'clock: click at 135°, mid-ring.
    const radius = 0.53 * (Math.min(box.width, box.height) / 2)
    const angle = (135 * Math.PI) / 180
    await page.mouse.click(
      box.x + box.width / 2 + radius * Math.sin(angle),
      box.y + box.height / 2 - radius * Math.cos(angle),
    )
    await expect
      .poll(() => regionText(page, '主动公开渠道分布'))
      .toContain('政务微博公开政府信息数: 1356 条')
    expect(await regionText(page, '主动公开渠道分布')).toContain('3. 政务微博公开政府信息数')
    await page.close()
  })

  it('applies a filter, keeps it on reload, and switches language', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(inject('rootUrl'))
    await page
      .getByRole('group', { name: '按类别筛选' })
      .getByRole('button', { name: '诉求办理' })
      .click()
    await expect.poll(() => new URL(page.url()).search).toBe('?cat=requests')
    expect(await page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)

    await page.reload()
    await expect
      .poll(() => page.getByRole('button', { name: '诉求办理' }).getAttribute('aria-pressed'))
      .toBe('true')
    expect(await page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)

    await page.getByRole('button', { name: '切换到英文' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Complaints & requests' }).getAttribute('aria-pressed'),
      )
      .toBe('true')
    expect(problems).toEqual([])
    await page.close()
  })
})
