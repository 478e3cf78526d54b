import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

/** Flags that keep Chromium off the network it cannot reach here (see README). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium'

/** A headless Chromium with a fresh profile; `close()` removes the profile. */
export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gk-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1366, height: 768 },
    colorScheme: options.colorScheme ?? 'light',
  })
  context.on('close', () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    } catch {
      // Chromium may still be writing its profile; a temp dir left behind harms nothing.
    }
  })
  return context
}

/**
 * A new tab brought to the front: Chromium pauses animation frames in background tabs, and
 * ECharts draws on animation frames.
 */
export async function openPage(context: BrowserContext) {
  const page = await context.newPage()
  await page.bringToFront()
  return page
}
