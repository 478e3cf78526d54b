// Usage: node scripts/screenshot.ts <url> <out.png> [width] [height] [light|dark]
import { launchChromium } from '../tests/e2e/chromium.ts'

const [url, out, width = '1366', height = '768', scheme = 'light'] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts <url> <out.png> [width] [height] [light|dark]')
  process.exit(2)
}
const context = await launchChromium({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
})
const page = await context.newPage()
page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`))
page.on('requestfailed', (request) => console.log(`[requestfailed] ${request.url()}`))
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(500)
await page.screenshot({ path: out, fullPage: true })
await context.close()
