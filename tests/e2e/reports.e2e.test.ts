import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 1366, height: 900 } })
})
afterAll(async () => {
  await browser?.close()
})

const headline = (page: Page, name: string) =>
  page.getByRole('figure', { name, exact: true }).textContent()

describe('switching between the bundled reports (production build, headless Chromium)', () => {
  it('goes from 吴忠市公安局 2018 to 淮安市人民政府 2024 and back, with each one’s figures', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(inject('rootUrl'))
    const picker = page.getByRole('group', { name: '报告' })
    await expect.poll(() => headline(page, '主动公开政府信息数')).toContain('2475')

    await picker.getByRole('combobox', { name: '机关' }).selectOption('淮安市人民政府')
    await expect.poll(() => page.url()).toContain('report=huaian-gov-2024')
    await expect
      .poll(() => page.getByRole('region', { name: '淮安市人民政府' }).textContent())
      .toContain('淮安市人民政府2024年政府信息公开工作年度报告')
    expect(await headline(page, '本年新收政府信息公开申请数量：总计')).toContain('3119')
    expect(await headline(page, '予以公开：总计')).toContain('1362')
    expect(await headline(page, '行政复议：总计')).toContain('351')
    expect(await headline(page, '行政诉讼总数（计算）')).toContain('46')
    expect(await picker.textContent()).toContain('2021 年版统计表')
    const absent = await page.getByRole('region', { name: '本报告未包含' }).textContent()
    expect(absent).toContain('主动公开渠道分布')
    await expect
      .poll(() => page.getByRole('region', { name: '数据核验' }).textContent())
      .toContain('共 42 项核验：42 项通过')
    const drawn = (panel: string) =>
      page.getByRole('region', { name: panel }).locator('.chart-host svg text').allTextContents()
    await expect
      .poll(() => drawn('政府信息公开申请：申请人'))
      .toEqual(expect.arrayContaining(['自然人', '3001', '53', '61']))
    await expect
      .poll(() => drawn('政府信息公开申请：办理结果'))
      .toEqual(expect.arrayContaining(['予以公开', '1362', '454', '178']))
    await expect
      .poll(() => drawn('行政复议和行政诉讼结果'))
      .toEqual(expect.arrayContaining(['72', '64', '178', '37']))
    const matrix = page.getByRole('region', { name: '收到和处理政府信息公开申请情况（统计表）' })
    expect(await matrix.getByRole('row').filter({ hasText: '本年新收' }).textContent()).toMatch(
      /3001.*53.*0.*0.*61.*4.*3119/,
    )
    // The Wuzhong report's panels are gone, not drawn empty.
    expect(await page.getByRole('region', { name: '主动公开渠道分布' }).count()).toBe(0)

    await page.goBack()
    await expect.poll(() => headline(page, '主动公开政府信息数')).toContain('2475')
    expect(await page.getByRole('region', { name: '本报告未包含' }).count()).toBe(0)
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })

  it('opens a report from its link, in English too', async () => {
    const page = await openPage(browser)
    await page.goto(`${inject('rootUrl')}?report=huaian-gov-2024&lang=en`)
    const picker = page.getByRole('group', { name: 'Report' })
    await expect
      .poll(() => picker.getByRole('combobox', { name: 'Agency' }).inputValue())
      .toBe('淮安市人民政府')
    expect(await picker.getByRole('combobox', { name: 'Year' }).inputValue()).toBe(
      'huaian-gov-2024',
    )
    await expect
      .poll(() => page.getByRole('region', { name: 'Not in this report' }).textContent())
      .toContain(
        'This report uses the 2021 table, which has no rows for: Proactive disclosure by channel',
      )
    await page.close()
  })

  it('sets 淮安市人民政府 2024 beside 吴忠市公安局 2018, with the lawsuit sum marked computed', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(`${inject('rootUrl')}?report=huaian-gov-2024`)
    const panel = page.getByRole('region', { name: '与其他报告对比' })
    await panel.getByRole('combobox', { name: '对比' }).selectOption('wuzhong-psb-2018')
    await expect.poll(() => page.url()).toContain('compare=wuzhong-psb-2018')
    await expect.poll(() => panel.locator('.chart-host').getAttribute('data-drawn')).toBe('true')
    await panel.getByRole('button', { name: '表格' }).click()
    const row = (name: string) =>
      panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
    const review = await row('行政复议').first().textContent()
    expect(review).toContain('351 件')
    expect(review).toContain('0 件')
    const lawsuits = await row('行政诉讼').first().textContent()
    expect(lawsuits).toContain('46 件')
    expect(lawsuits).toContain('26 + 20')
    expect(await panel.textContent()).toContain('两份报告的年份不同')
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    await page.close()
  })
})
