import { resolve } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './chromium.ts'
import { watchPage } from './page-watch.ts'

let server: ViteDevServer

beforeAll(async () => {
  server = await createServer({
    root: resolve(import.meta.dirname, '../..'),
    logLevel: 'warn',
    server: { port: 0, host: '127.0.0.1' },
  })
  await server.listen()
})
afterAll(async () => {
  await server?.close()
})

describe('npm run dev', () => {
  it('serves the dashboard on the bundled dataset through the Mock Service Worker', async () => {
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('the dev server has no local URL')
    const browser = await launchChromium()
    const page = await browser.newPage()
    const problems = watchPage(page, new URL(url).origin)
    await page.goto(url)
    const total = page.getByRole('figure', { name: '主动公开政府信息数' })
    await expect.poll(() => total.textContent(), { timeout: 30_000 }).toContain('2475')
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null)
    expect(controlled).toBe(true)
    // Chromium reports requests answered by a service worker as failed in the page's network
    // log, so only console errors and HTTP errors count here.
    expect(problems.filter((problem) => !problem.startsWith('failed:'))).toEqual([])
    await browser.close()
  })
})
