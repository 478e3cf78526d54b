/**
 * A text file as a `Document`: its lines exactly as given, so that line numbers are the file's.
 * Tables are not interpreted here (the table readers do that from the lines).
 */
import type { Decoding, Document, DocumentMeta } from './document.ts'
import { httpUrl, isoDate, noMeta, nonBlank } from './meta.ts'

/**
 * The lines of a text: split on CRLF, LF and CR. A form feed stays in its line (pdftotext writes
 * one at the start of each page after the first; the table readers use them). A line end ends a
 * line, so a final line end does not add an empty last line.
 */
export function textLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}

const HEADER_LINES = 20

/**
 * What an archive's or a copy's header states in the text's first lines: `标题:`, `发布时间:`,
 * `发布机构:`, and `原文链接:` or `来源:` with a URL (half- or full-width colon).
 */
export function textMeta(lines: readonly string[]): DocumentMeta {
  const meta = noMeta()
  for (const raw of lines.slice(0, HEADER_LINES)) {
    const line = raw.replace(/^[\s\uFEFF\f]+/, '')
    const match =
      /^(标题|发布时间|发布日期|发布机构|原文链接|原文地址|来源|网址)\s*[:：]\s*(.*)$/.exec(line)
    if (!match) continue
    const [, key, value = ''] = match
    if (key === '标题') meta.title ??= nonBlank(value)
    else if (key === '发布时间' || key === '发布日期') meta.publishedOn ??= isoDate(value)
    else if (key === '发布机构') meta.publisher ??= nonBlank(value)
    else meta.url ??= httpUrl(value)
  }
  return meta
}

export function readText(text: string, decoding: Decoding, notes: string[]): Document {
  const lines = textLines(text)
  return { kind: 'text', decoding, lines, tables: [], meta: textMeta(lines), notes }
}
