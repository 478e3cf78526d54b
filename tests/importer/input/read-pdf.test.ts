// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Document, DocumentResult } from '../../../src/importer/input/document.ts'
import { readDocument } from '../../../src/importer/input/read-document.ts'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url)))

function documentOf(result: DocumentResult): Document {
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message}`)
  return result.document
}

/** A line holding these cells in this order, apart by at least two spaces (pdftotext -layout style). */
const cellsInOrder = (...cells: string[]) =>
  new RegExp(
    `^\\s*${cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s{2,}')}\\s*$`,
  )

/** A minimal PDF with a standard-security /Encrypt dictionary whose user password is not empty. */
function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, '0').repeat(32)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -4 >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  const id = '0123456789abcdef0123456789abcdef'
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

describe('PDFs printed by Chromium from the real pages', async () => {
  const started = performance.now()
  const pdf2021 = documentOf(await readDocument(fixture('pingtan-2021.pdf')))
  const firstPdfMs = performance.now() - started
  const html2021 = documentOf(await readDocument(fixture('pingtan/pingtan-2021.html')))

  it('is read as a PDF, with its title and creation date as meta', () => {
    expect(pdf2021.kind).toBe('pdf')
    expect(pdf2021.decoding).toEqual({ encoding: 'utf-8', from: 'pdf' })
    const creation = /\/CreationDate \(D:(\d{4})(\d{2})(\d{2})/.exec(
      new TextDecoder('latin1').decode(fixture('pingtan-2021.pdf')),
    )
    expect(pdf2021.meta).toEqual({
      title: '平潭综合实验区2021年度政府信息公开工作年度报告',
      publishedOn: `${creation?.[1]}-${creation?.[2]}-${creation?.[3]}`,
      publisher: null,
      url: null,
    })
    expect(firstPdfMs).toBeLessThan(15_000)
  })

  it("holds every paragraph of the page's article, in order, with CJK characters (not radicals) and no stray spaces", () => {
    const text = pdf2021.lines.join('').replace(/\s+/g, '')
    let from = 0
    for (const line of html2021.lines.filter((line) => !line.includes('\t'))) {
      const at = text.indexOf(line.replace(/\s+/g, ''), from)
      expect(at, line).toBeGreaterThanOrEqual(from)
      from = at
    }
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/)
  })

  it('prints a table row with its figures in order, cells apart by at least two spaces', () => {
    expect(pdf2021.lines).toContainEqual(
      expect.stringMatching(
        cellsInOrder('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      ),
    )
    expect(pdf2021.lines).toContainEqual(
      expect.stringMatching(cellsInOrder('行政规范性文件', '69', '3', '665')),
    )
    expect(pdf2021.lines).toContainEqual(expect.stringMatching(cellsInOrder('行政许可', '2293')))
    // The label of 一、本年新收… wraps in its narrow cell; its figures share one line.
    expect(pdf2021.lines).toContainEqual(
      expect.stringMatching(cellsInOrder('64', '0', '0', '2', '0', '4', '70')),
    )
    expect(pdf2021.lines).toContainEqual(
      expect.stringMatching(cellsInOrder('（七）总计', '63', '0', '0', '2', '0', '4', '69')),
    )
  })

  it('separates pages by a line holding a form feed, as pdftotext does', () => {
    const pages = Number(
      /\/Type\s*\/Pages\b[^>]*?\/Count (\d+)/.exec(
        new TextDecoder('latin1').decode(fixture('pingtan-2021.pdf')),
      )?.[1],
    )
    expect(pages).toBeGreaterThan(1)
    expect(pdf2021.lines.filter((line) => line === '\f')).toHaveLength(pages - 1)
    expect(pdf2021.lines.filter((line) => line.includes('\f') && line !== '\f')).toEqual([])
    expect(pdf2021.lines[0]).not.toBe('\f')
  })

  it('gives best-effort grids of the tabular lines, each row pointing at its line', () => {
    const grid = pdf2021.tables.find((table) =>
      table.rows.some(
        (row) => row.cells.map((cell) => cell.text).join('|') === '行政规范性文件|69|3|665',
      ),
    )
    expect(grid?.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '69', '3', '665'],
    ])
    expect(grid?.rows.map((row) => row.cells.map((cell) => cell.col))).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ])
    for (const table of pdf2021.tables) {
      for (const row of table.rows) {
        const line = pdf2021.lines[row.line - 1] ?? ''
        for (const cell of row.cells) expect(line).toContain(cell.text)
      }
    }
  })

  it.each([
    ['pingtan-2016.pdf', ['主动公开文件数', '条', '3460', '85376']],
    ['pingtan-2025.pdf', ['行政规范性文件', '58', '45', '546']],
  ])('%s: a row of its statistics table, in order', async (name, cells) => {
    const document = documentOf(await readDocument(fixture(name)))
    expect(document.kind).toBe('pdf')
    expect(document.lines).toContainEqual(expect.stringMatching(cellsInOrder(...cells)))
  })
})

it('reads the text pages of a partly scanned PDF and names the pages without text', async () => {
  const document = documentOf(await readDocument(fixture('handmade-partly-scanned.pdf')))
  expect(document.lines.map((line) => line.replace(/^ +| +$/g, ''))).toEqual([
    '一、总体情况',
    '本页是文字，下一页是扫描图像。',
    '\f',
  ])
  expect(document.notes).toEqual([
    'Page 2 of the PDF has no text (probably a scanned image); what it shows is not in the text.',
  ])
})

describe('PDFs that cannot be read', () => {
  const refusal = async (bytes: Uint8Array) => {
    const result = await readDocument(bytes)
    if (result.ok) throw new Error(`read as ${result.document.kind}`)
    return result.error
  }

  it('a PDF with no text (a drawing, as a scan is) says it needs OCR', async () => {
    expect(await refusal(fixture('handmade-no-text.pdf'))).toEqual({
      code: 'pdf-no-text',
      message: expect.stringMatching(
        /no text on any of its 1 page: it is probably a scanned image.*OCR/,
      ),
    })
  })

  it('an encrypted PDF', async () => {
    expect(await refusal(encryptedPdf())).toEqual({
      code: 'pdf-unreadable',
      message: expect.stringMatching(/^This PDF is encrypted \(it asks for a password\)/),
    })
  })

  it('a damaged or truncated PDF', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body\n'))).toEqual({
      code: 'pdf-unreadable',
      message: expect.stringMatching(/damaged or incomplete/),
    })
    const truncated = fixture('pingtan-2021.pdf').slice(0, 3000)
    expect((await refusal(truncated)).code).toBe('pdf-unreadable')
  })
})
