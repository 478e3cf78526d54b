import type { BrowserContext } from 'playwright-core'
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

describe('平潭综合实验区 over six years (production build, headless Chromium)', () => {
  it('opens the latest report with the six-year series in 本机关历年对比, across the format breaks', async () => {
    const page = await openPage(browser)
    const problems = watchPage(page, new URL(inject('rootUrl')).origin)
    await page.goto(`${inject('rootUrl')}?report=pingtan-2025`)
    const picker = page.getByRole('group', { name: '报告' })
    await picker.getByRole('combobox', { name: '机关' }).waitFor()
    await expect
      .poll(() => picker.getByRole('combobox', { name: '年度' }).inputValue())
      .toBe('pingtan-2025')
    const trend = page.getByRole('region', { name: '本机关历年对比' })
    // The table view of the series: one column a year, 2016 (Fujian table) to 2025 (2021 table).
    // (The click waits for the panel, which is laid out again once the report has loaded.)
    await trend.getByRole('button', { name: '表格' }).click()
    const header = trend.getByRole('row').first()
    await expect
      .poll(() => header.textContent())
      .toMatch(/2016年.*2019年.*2020年.*2021年.*2022年.*2025年/)
    const received = trend.getByRole('row').filter({ hasText: '收到申请数' })
    await expect.poll(() => received.textContent()).toMatch(/0.*23.*21.*70.*74.*154/)
    const review = trend
      .getByRole('row')
      .filter({ hasText: /^行政复议/ })
      .first()
    expect(await review.textContent()).toMatch(/0.*0.*0.*3.*2.*36/)
    // 2025's year before is not in the dataset: said, not checked against another year.
    const checks = page.getByRole('region', { name: '数据核验' })
    await expect
      .poll(() => checks.textContent())
      .toContain('本机关 2024 年的报告不在数据集中，无法与上年核对')
    expect(problems).toEqual([])
  })

  it('checks 2022 against 2021 in 数据核验: carried over, and documents in force', async () => {
    const page = await openPage(browser)
    await page.goto(`${inject('rootUrl')}?report=pingtan-2022`)
    const cross = page.getByRole('region', { name: '与 2021 年报告核对' })
    await expect
      .poll(() => cross.textContent(), { timeout: 15_000 })
      .toContain('665 + 88 − 55 = 698 = 698')
    expect(await cross.textContent()).toContain('2021: 1 = 2022: 1')
    expect(await cross.getByText('✓ 通过').count()).toBe(3)
  })
})
