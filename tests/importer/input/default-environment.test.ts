// The project's default test environment (jsdom), where the table readers' tests may call
// readDocument: decoding, the HTML parser and pdfjs work there as in Node.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { readDocument } from '../../../src/importer/input/read-document.ts'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/reports', name)))

it('reads a GBK text, a web page and a PDF under jsdom', async () => {
  const text = await readDocument(fixture('pingtan-2025.gbk.txt'))
  expect(text.ok && text.document.decoding).toEqual({ encoding: 'gb18030', from: 'content' })
  const page = await readDocument(fixture('pingtan/pingtan-2025.html'))
  expect(page.ok && page.document.lines).toContain('行政规范性文件\t58\t45\t546')
  const pdf = await readDocument(fixture('pingtan-2025.pdf'))
  expect(pdf.ok && pdf.document.lines).toContainEqual(
    expect.stringMatching(/^\s*行政规范性文件\s{2,}58\s{2,}45\s{2,}546$/),
  )
})
