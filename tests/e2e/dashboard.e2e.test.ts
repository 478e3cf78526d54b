import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
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

/** Text each panel's chart draws in its SVG: the report's figures, as labels. */
const CHART_TEXTS: Record<string, string[]> = {
  主动公开渠道分布: ['政务微博', '1356 · 54.8%', '252 · 10.2%', '837 · 33.8%', '30 · 1.2%'],
  主动公开信息类别: ['33%', '30%', '20%', '17%'],
  '互联网+政务服务': ['注册用户  10995 人', '实名认证  7441 人'],
  交通安全综合服务管理平台: [
    '注册用户  26.04万 人',
    '自助处理违章  15.58万余 笔',
    '互联网选号  1208 人',
  ],
  诉求办理: ['811'],
  人大建议和政协提案: ['3 · 23.1%', '10 · 76.9%'],
  回应解读: ['34', '213'],
  执法信息公开: ['5014 项', '375 项'],
  机构建设与培训: ['1 · 25%', '3 · 75%'],
}

const regionText = (page: Page, name: string) => page.getByRole('region', { name }).textContent()

describe('the dashboard (production build, headless Chromium)', () => {
  it('draws every panel’s chart with the report’s figures and logs no error', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(inject('rootUrl'))
    expect(await allChartsDrawn(page)).toBe(Object.keys(CHART_TEXTS).length)

    for (const [panel, texts] of Object.entries(CHART_TEXTS)) {
      const drawn = await page
        .getByRole('region', { name: panel })
        .locator('.chart-host svg text')
        .allTextContents()
      for (const text of texts) expect(drawn, `${panel} draws “${text}”`).toContain(text)
    }
    expect(await regionText(page, '主动公开渠道分布')).toContain('2400余 条')
    expect(await regionText(page, '依申请公开')).toContain('本年度未收到政府信息公开申请')
    expect(await regionText(page, '机构建设与培训')).toContain('未报告')
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

    // Reloaded once the page has settled: a reload cuts the code-split panels' downloads short.
    await page.waitForLoadState('networkidle')
    await page.reload()
    await expect
      .poll(() => page.getByRole('button', { name: '诉求办理' }).getAttribute('aria-pressed'))
      .toBe('true')
    expect(await page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)

    await page.getByRole('button', { name: /切换到英文/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Complaints & requests' }).getAttribute('aria-pressed'),
      )
      .toBe('true')
    expect(problems).toEqual([])
    await page.close()
  })

  it('saves a chart as a PNG image as drawn', async () => {
    const page = await openPage(browser)
    await page.goto(inject('rootUrl'))
    await allChartsDrawn(page)
    const panel = page.getByRole('region', { name: '主动公开渠道分布' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('wuzhong-psb-2018_主动公开渠道分布_zh.png')
    const path = await download.path()
    const bytes = readFileSync(path)
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    // The image is twice the drawn size: width from the PNG header (bytes 16-19).
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(500)
    await page.close()
  })
})
