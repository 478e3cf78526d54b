// Usage: node scripts/make-pdf-fixtures.ts [fixture names, e.g. pingtan-2021 handmade-no-text]
//
// Prints the PDF fixtures of the importer's input layer (tests/fixtures/reports/*.pdf) with headless
// Chromium, from the real report pages kept beside them. Each page is loaded with `setContent` and
// every network request blocked (its stylesheets, images and scripts are not fetched); the portal's
// chrome is removed, and the report (its title and `div.article_content`, with the Word-exported
// inline styles of its tables) is printed on A4, as an agency's "print" button or a PDF export of
// the report gives it. Also prints `handmade-no-text.pdf`: a page whose only content is a drawing
// (an SVG table with no text), which is what a scan looks like to a text extractor, and
// `handmade-partly-scanned.pdf`: a page of text, then such a page.
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'

const dir = fileURLToPath(new URL('../tests/fixtures/reports/', import.meta.url))
const PAGES = ['pingtan-2016', 'pingtan-2021', 'pingtan-2025']
const wanted = process.argv.slice(2)
const make = (name: string) => wanted.length === 0 || wanted.includes(name)

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
})
try {
  const context = await browser.newContext()
  await context.route('**/*', (route) => route.abort())
  const page = await context.newPage()

  for (const name of PAGES.filter(make)) {
    await page.setContent(readFileSync(`${dir}pingtan/${name}.html`, 'utf8'), {
      waitUntil: 'domcontentloaded',
    })
    const found = await page.evaluate(() => {
      const title = document.querySelector('.article_title')
      const article = document.querySelector('.article_content')
      if (!title || !article) return false
      const heading = document.createElement('h1')
      heading.textContent = title.textContent?.trim() ?? ''
      heading.style.cssText = 'font-size: 18pt; text-align: center; font-weight: bold'
      document.body.replaceChildren(heading, article)
      for (const element of document.querySelectorAll('link, style, script')) element.remove()
      // One font for all text (the Word styles name fonts this machine lacks): one embedded subset.
      const style = document.createElement('style')
      style.textContent = '* { font-family: "Noto Sans CJK SC", sans-serif !important }'
      document.head.append(style)
      document.body.style.fontSize = '12pt'
      for (const table of document.querySelectorAll('table')) {
        table.style.borderCollapse = 'collapse'
        for (const cell of table.querySelectorAll<HTMLElement>('td, th')) {
          cell.style.border = '1px solid black'
        }
      }
      return true
    })
    if (!found) throw new Error(`${name}.html: no .article_title / .article_content`)
    await page.pdf({
      path: `${dir}${name}.pdf`,
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    })
    console.log(`${name}.pdf: ${statSync(`${dir}${name}.pdf`).size} bytes`)
  }

  const rows = Array.from({ length: 6 }, (_, y) =>
    Array.from(
      { length: 4 },
      (_, x) =>
        `<rect x="${20 + x * 120}" y="${20 + y * 40}" width="120" height="40" fill="none" stroke="black"/>`,
    ).join(''),
  ).join('')
  const drawing = `<svg width="520" height="300" xmlns="http://www.w3.org/2000/svg">${rows}<rect x="40" y="30" width="80" height="14" fill="#444"/></svg>`
  const print = async (name: string, body: string) => {
    if (!make(name)) return
    await page.setContent(
      `<!DOCTYPE html><html><head><title></title></head><body>${body}</body></html>`,
    )
    await page.pdf({ path: `${dir}${name}.pdf`, format: 'A4' })
    console.log(`${name}.pdf: ${statSync(`${dir}${name}.pdf`).size} bytes`)
  }
  await print('handmade-no-text', drawing)
  await print(
    'handmade-partly-scanned',
    `<p style="font: 16px 'Noto Sans CJK SC'">一、总体情况</p><p style="font: 16px 'Noto Sans CJK SC'">本页是文字，下一页是扫描图像。</p><div style="break-before: page">${drawing}</div>`,
  )
} finally {
  await browser.close()
}
