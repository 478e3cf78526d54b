import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { allChartsDrawn } from './charts.ts'
import { launchChromium, openPage } from './chromium.ts'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

let light: BrowserContext
let dark: BrowserContext

beforeAll(async () => {
  light = await launchChromium({ colorScheme: 'light' })
  dark = await launchChromium({ colorScheme: 'dark' })
})
afterAll(async () => {
  await light?.close()
  await dark?.close()
})

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] }

/** axe-core's WCAG 2.2 A/AA rules; returns the serious and critical violations, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations: Violation[] = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}

const pages = [
  { name: 'the dashboard (with the data checks view)', path: '', ready: allChartsDrawn },
  { name: 'an embed page', path: 'embed/channel-split.html', ready: async () => {} },
  { name: 'the embed gallery', path: 'gallery.html', ready: async () => {} },
]

describe.each(['zh', 'en'])('accessibility (axe-core, WCAG 2.2 AA) in %s', (lang) => {
  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    it.each(pages)('$name has no serious or critical violation', async ({ path, ready }) => {
      const page = await openPage(theme === 'dark' ? dark : light)
      const sep = path.includes('?') ? '&' : '?'
      await page.goto(`${inject('rootUrl')}${path}${lang === 'en' ? `${sep}lang=en` : ''}`)
      await ready(page)
      await page.waitForLoadState('networkidle')
      expect(await seriousViolations(page)).toEqual([])
      await page.close()
    })
  })
})

describe('reflow on a phone (WCAG 1.4.10): no page scrolls sideways at 390 px', () => {
  it.each([
    '',
    '?lang=en',
    '?report=huaian-gov-2024',
    '?report=huaian-gov-2024&lang=en',
    'gallery.html',
    'gallery.html?lang=en',
    'embed/channel-split.html',
  ])('/%s', async (path) => {
    const page = await openPage(light)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${inject('rootUrl')}${path}`)
    await page.waitForLoadState('networkidle')
    // Wide tables scroll inside their own boxes; the page itself must fit the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.close()
  })
})
