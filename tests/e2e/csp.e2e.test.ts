import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { securityHeaders } from '../../scripts/security-headers.ts'
import { serveWithHeaders } from '../../scripts/static-server.ts'
import { launchChromium, openPage } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let browser: BrowserContext
let site: { url: string; close: () => void }

beforeAll(async () => {
  site = await serveWithHeaders(inject('distDir'), (path) => securityHeaders(path))
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  site?.close()
})

/** Opens `path` with the policy enforced, recording every violation the page reports. */
async function openWithPolicy(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await openPage(browser)
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __violations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  const problems = watchPage(page, new URL(site.url).origin)
  await page.goto(new URL(path, site.url).href)
  return { page, problems }
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

describe('the production build under its Content-Security-Policy (no unsafe-inline script, no eval)', () => {
  it('runs the dashboard, with every chart drawn, without a violation', async () => {
    const { page, problems } = await openWithPolicy('index.html')
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
    expect(await violations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('runs an embed page, prerendered and then interactive, without a violation', async () => {
    const { page, problems } = await openWithPolicy('embed/channel-split.html?lang=en')
    await page.locator('.prerendered.v-en.t-light').click()
    await expect.poll(() => page.locator('.embed-chart.is-live').count()).toBe(1)
    expect(await violations(page)).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })
})
