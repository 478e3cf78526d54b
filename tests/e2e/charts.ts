import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Waits until every chart box on the page shows its whole chart (data-drawn: ECharts' `finished`
 * event, or a prerendered chart taken over by the app); returns how many there are.
 */
export async function allChartsDrawn(page: Page): Promise<number> {
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
