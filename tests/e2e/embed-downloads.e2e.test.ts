import { readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './chromium.ts'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 480, height: 900 } })
})
afterAll(async () => {
  await browser?.close()
})

describe('an embed page’s data table and downloads', () => {
  it('shows the figures with their sources and saves CSV and PNG files', async () => {
    const page = await openPage(browser)
    await page.goto(`${inject('rootUrl')}embed/hotline.html`)
    await page.getByText('数据表与下载').click()
    const table = page.locator('.embed-data .v-zh table')
    await expect.poll(() => table.textContent()).toContain('“12345”便民服务热线共受理各类诉求811件')

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.embed-data .v-zh').getByRole('link', { name: 'CSV' }).click(),
    ])
    expect(csv.suggestedFilename()).toBe('wuzhong-psb-2018_hotline_zh.csv')
    const text = readFileSync(await csv.path())
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.toString('utf8')).toContain('12345热线受理诉求,811,件')

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.embed-data .v-zh').getByRole('button', { name: 'PNG' }).click(),
    ])
    expect(png.suggestedFilename()).toBe('wuzhong-psb-2018_hotline_zh.png')
    const bytes = readFileSync(await png.path())
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    await page.close()
  })
})
