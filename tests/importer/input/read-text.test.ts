// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Document, DocumentResult } from '../../../src/importer/input/document.ts'
import { readDocument } from '../../../src/importer/input/read-document.ts'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url)))
const utf8 = (text: string) => new TextEncoder().encode(text)
const pingtan2025 = readFileSync(
  new URL('../../fixtures/reports/pingtan/pingtan-2025.txt', import.meta.url),
  'utf8',
)

function documentOf(result: DocumentResult): Document {
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message}`)
  return result.document
}

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))
const utf16be = (text: string) => {
  const bytes = utf16le(text)
  for (let i = 0; i + 1 < bytes.length; i += 2)
    [bytes[i], bytes[i + 1]] = [bytes[i + 1] ?? 0, bytes[i] ?? 0]
  return bytes
}
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

describe('text files', () => {
  it('keeps the lines of a saved page text as they are, and reads its archive header', async () => {
    const document = documentOf(await readDocument(fixture('pingtan/pingtan-2025.txt')))
    expect(document.kind).toBe('text')
    expect(document.decoding).toEqual({ encoding: 'utf-8', from: 'content' })
    expect(document.lines).toEqual(pingtan2025.replace(/\n$/, '').split('\n'))
    expect(document.lines[3]).toBe('标题: 平潭综合实验区2025年度政府信息公开工作年度报告')
    expect(document.tables).toEqual([])
    expect(document.meta).toEqual({
      title: '平潭综合实验区2025年度政府信息公开工作年度报告',
      publishedOn: '2026-03-10',
      publisher: '平潭综合实验区管委会办公室',
      url: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm',
    })
  })

  it('splits on CRLF, LF and CR alike and keeps form feeds where pdftotext put them', async () => {
    const document = documentOf(
      await readDocument(utf8('一、总体情况\r\n第一页\n\f二、主动公开\r第三行\n')),
    )
    expect(document.lines).toEqual(['一、总体情况', '第一页', '\f二、主动公开', '第三行'])
  })

  it('reads full-width colons and a 来源 URL in a copy header, and nothing past the first 20 lines', async () => {
    const header =
      '标题：某局2019年政府信息公开工作年度报告\n发布时间：2020年1月15日\n来源：https://example.gov.cn/a.htm\n'
    const late = `${'正文\n'.repeat(20)}发布机构：太晚了\n`
    const document = documentOf(await readDocument(utf8(header + late)))
    expect(document.meta).toEqual({
      title: '某局2019年政府信息公开工作年度报告',
      publishedOn: '2020-01-15',
      publisher: null,
      url: 'https://example.gov.cn/a.htm',
    })
  })
})

describe('encodings', () => {
  it('reads UTF-8 with a BOM, without the BOM in the first line', async () => {
    const document = documentOf(
      await readDocument(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(pingtan2025))),
    )
    expect(document.decoding).toEqual({ encoding: 'utf-8', from: 'bom' })
    expect(document.lines[0]).toMatch(/^# source: https/)
  })

  it('reads GBK text (made with iconv) as GB18030, found from the content', async () => {
    const document = documentOf(await readDocument(fixture('pingtan-2025.gbk.txt')))
    expect(document.decoding).toEqual({ encoding: 'gb18030', from: 'content' })
    expect(document.lines).toEqual(pingtan2025.replace(/\n$/, '').split('\n'))
    expect(document.meta.title).toBe('平潭综合实验区2025年度政府信息公开工作年度报告')
  })

  it('reads UTF-16LE without a BOM from its NUL pattern', async () => {
    const document = documentOf(await readDocument(utf16le(pingtan2025)))
    expect(document.decoding).toEqual({ encoding: 'utf-16le', from: 'content' })
    expect(document.lines).toEqual(pingtan2025.replace(/\n$/, '').split('\n'))
  })

  it('reads UTF-16BE with a BOM, and UTF-16LE with a BOM', async () => {
    const be = documentOf(await readDocument(utf16be(`\uFEFF${pingtan2025}`)))
    expect(be.decoding).toEqual({ encoding: 'utf-16be', from: 'bom' })
    expect(be.lines).toEqual(pingtan2025.replace(/\n$/, '').split('\n'))
    const le = documentOf(await readDocument(utf16le(`\uFEFF第一行\n第二行`)))
    expect(le.decoding).toEqual({ encoding: 'utf-16le', from: 'bom' })
    expect(le.lines).toEqual(['第一行', '第二行'])
  })

  it('reads a file cut short in the middle of a character, and says it looks cut short', async () => {
    const whole = utf8('一、总体情况\n主动公开')
    const utf8Cut = documentOf(await readDocument(whole.subarray(0, whole.length - 1)))
    expect(utf8Cut.decoding).toEqual({ encoding: 'utf-8', from: 'content' })
    expect(utf8Cut.lines).toEqual(['一、总体情况', '主动公\uFFFD'])
    expect(utf8Cut.notes).toEqual([
      expect.stringMatching(/ends in the middle of a character: it looks cut short/),
    ])
    const gbk = fixture('pingtan-2025.gbk.txt')
    const gbkCut = documentOf(await readDocument(gbk.subarray(0, gbk.length - 1)))
    expect(gbkCut.decoding).toEqual({ encoding: 'gb18030', from: 'content' })
    expect(gbkCut.notes).toEqual([expect.stringMatching(/cut short/)])
    expect(gbkCut.lines[3]).toBe('标题: 平潭综合实验区2025年度政府信息公开工作年度报告')
  })

  it('reads UTF-8 text with a damaged byte or two, counting them', async () => {
    const bytes = utf8(pingtan2025)
    bytes[600] = 0xff
    const document = documentOf(await readDocument(bytes))
    expect(document.decoding).toEqual({ encoding: 'utf-8', from: 'content' })
    expect(document.notes).toEqual([
      '1 byte sequence is not valid UTF-8 in this otherwise UTF-8 text; shown as �.',
    ])
    expect(document.lines).toHaveLength(pingtan2025.replace(/\n$/, '').split('\n').length)
  })

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030', async () => {
    // Windows-1252 "Café résumé": é (0xE9) followed by a space is no GB18030 character.
    const latin = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      0x20,
      ...utf8('r'),
      0xe9,
      ...utf8('sum'),
      0xe9,
      0x0a,
    ])
    expect(await readDocument(latin)).toEqual({
      ok: false,
      error: {
        code: 'encoding',
        message: expect.stringMatching(
          /not text in an encoding the importer reads \(UTF-8, UTF-16 or GB18030/,
        ),
      },
    })
    // Bytes that GB18030 decodes, but to rare characters no Chinese report is written in.
    const noise = new Uint8Array(400).map((_, i) =>
      i % 2 === 0 ? 0x81 + (i % 31) : 0x40 + (i % 29),
    )
    expect(await readDocument(noise)).toMatchObject({ ok: false, error: { code: 'encoding' } })
  })
})

describe('files that cannot be read', () => {
  const refusal = async (bytes: Uint8Array) => {
    const result = await readDocument(bytes)
    if (result.ok) throw new Error(`read as ${result.document.kind}`)
    return result.error
  }

  it('empty: no bytes, or only whitespace and a BOM', async () => {
    for (const bytes of [
      new Uint8Array(0),
      utf8(' \n\t\r\n  '),
      utf8('\uFEFF\n'),
      utf16le('\uFEFF \n'),
    ]) {
      expect(await refusal(bytes)).toEqual({
        code: 'empty',
        message: expect.stringMatching(/^This file is empty/),
      })
    }
  })

  it('images by their magic bytes', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])
    const gif = utf8('GIF89a\x01\x00\x01\x00')
    const webp = utf8('RIFF\x24\x00\x00\x00WEBPVP8 ')
    const bmp = new Uint8Array([
      0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0, 1, 0,
    ])
    for (const [bytes, name] of [
      [png, 'PNG'],
      [jpeg, 'JPEG'],
      [gif, 'GIF'],
      [webp, 'WebP'],
      [bmp, 'BMP'],
    ] as const) {
      const error = await refusal(bytes)
      expect(error.code).toBe('image')
      expect(error.message).toContain(`a ${name} image`)
    }
  })

  it('a text that starts with "BM" is text, not a BMP', async () => {
    expect(documentOf(await readDocument(utf8('BM公司2019年报告\n第二行'))).lines).toEqual([
      'BM公司2019年报告',
      '第二行',
    ])
  })

  it('archives: a .docx says it is a Word document and to save the report as PDF or web page', async () => {
    const docx = concat(
      utf8('PK\x03\x04\x14\x00\x06\x00'),
      utf8('[Content_Types].xml...word/document.xml'),
    )
    const error = await refusal(docx)
    expect(error.code).toBe('archive')
    expect(error.message).toMatch(/Word document \(\.docx\), which is a ZIP archive/)
    expect(error.message).toMatch(/save the report as PDF or as a web page/)
    expect(
      (await refusal(concat(utf8('PK\x03\x04\x14\x00'), utf8('xl/workbook.xml')))).message,
    ).toMatch(/Excel workbook \(\.xlsx\)/)
    expect((await refusal(utf8('PK\x03\x04\x14\x00report.txt'))).message).toMatch(
      /a ZIP archive \(\.zip; a \.docx or \.xlsx file is one too\)/,
    )
    for (const [bytes, what] of [
      [new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'gzip'],
      [new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), '7-Zip'],
      [utf8('Rar!\x1a\x07\x01\x00'), 'RAR'],
    ] as const) {
      const archive = await refusal(bytes)
      expect(archive.code).toBe('archive')
      expect(archive.message).toContain(what)
    }
  })

  it('binary: an old .doc, NUL bytes, control characters', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(await refusal(doc)).toEqual({
      code: 'binary',
      message: expect.stringMatching(/old Microsoft Office file \(\.doc/),
    })
    expect(await refusal(concat(utf8('报告\n'), new Uint8Array([0, 1, 2]), utf8('文字')))).toEqual({
      code: 'binary',
      message: expect.stringMatching(/NUL bytes \(the first at byte 7\)/),
    })
    expect(await refusal(utf8('报告\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f'))).toEqual({
      code: 'binary',
      message: expect.stringMatching(/control characters/),
    })
  })

  it('too large: over 50 MB is refused at once, before decoding', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1) // all NUL: decoding would say "binary"
    const started = performance.now()
    expect(await refusal(big)).toEqual({
      code: 'too-large',
      message: expect.stringMatching(
        /^This file is 50\.0 MB; the importer reads files of up to 50 MB/,
      ),
    })
    expect(performance.now() - started).toBeLessThan(50)
  })
})
