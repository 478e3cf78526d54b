import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

/**
 * node scripts/make-copy-fixtures.ts <dir>
 *
 * For each `<name>.html` in <dir> (real published pages), writes `<name>.copy.txt`: the report as
 * a reader gets it by selecting the article in Chromium and copying it (the element's innerText:
 * table cells apart by tabs, a merged cell's text on its first row's line only). The file starts
 * with the page's provenance line and says how it was made. No network: every request is blocked.
 */
const dir = process.argv[2]
if (!dir) throw new Error('usage: node scripts/make-copy-fixtures.ts <dir>')

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage()
  await page.route('**/*', (route) => route.abort())
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(dir, name), 'utf8')
    const provenance = html.split('\n')[0] ?? ''
    await page.setContent(html.replace(/<script[\s\S]*?<\/script>/gi, ''), {
      waitUntil: 'domcontentloaded',
    })
    const text = await page.evaluate(() => {
      const article = document.querySelector('.article_content') ?? document.body
      // biome-ignore lint/performance/useDomNodeTextContent: a copy is the rendered text (tabs between cells), which only innerText gives
      return (article as HTMLElement).innerText
    })
    const source = /source: (\S+)/.exec(provenance)?.[1] ?? name
    const header = `# source: ${source} · the article of the published page (${name}) selected and copied in Chromium (innerText), as a reader copies it from the browser`
    writeFileSync(join(dir, name.replace(/\.html$/, '.copy.txt')), `${header}\n${text}\n`)
  }
} finally {
  await browser.close()
}
