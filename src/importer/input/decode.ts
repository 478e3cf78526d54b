/**
 * Bytes to text: which encoding, and how the importer knew (document.ts `Decoding`).
 *
 * Order: a byte-order mark; then UTF-16 without a BOM, told by its NUL bytes (ASCII characters in
 * UTF-16 have a NUL high byte, all on even or all on odd offsets); then an HTML `<meta charset>` or
 * `http-equiv="Content-Type"` in the first 4 kB, where the bytes agree with it; then the content:
 * strict UTF-8 decodes → UTF-8; else GB18030 (a superset of GBK and GB2312) when it decodes without
 * errors and reads as Chinese text. `TextDecoder('gb18030')` needs full ICU (Node ships it; browsers
 * have it), so this runs unchanged in a Web Worker.
 */
import { Parser } from 'htmlparser2'
import type { Decoding, UnreadableFile } from './document.ts'
import { binaryReason, EMPTY_MESSAGE } from './sniff.ts'

export type Decoded =
  | { ok: true; text: string; decoding: Decoding; notes: string[] }
  | { ok: false; error: UnreadableFile }

type Encoding = Decoding['encoding']

const decodeStrict = (bytes: Uint8Array, encoding: Encoding): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** The encoding a byte-order mark names, and its length. */
function bom(bytes: Uint8Array): [Encoding, number] | null {
  const [a, b, c, d] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return ['utf-8', 3]
  if (a === 0xff && b === 0xfe) return ['utf-16le', 2]
  if (a === 0xfe && b === 0xff) return ['utf-16be', 2]
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return ['gb18030', 4]
  return null
}

/**
 * UTF-16 without a BOM: NUL bytes on one parity only, and enough of them (digits, spaces and line
 * ends of a report are ASCII even when the rest is Chinese). Checked on the first 4 kB.
 */
function utf16FromNuls(bytes: Uint8Array): Encoding | null {
  const end = Math.min(bytes.length, 4096) & ~1
  if (end < 2) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  // The other parity has NULs too where a character's code ends in 00 (一 is U+4E00).
  const units = end / 2
  if (odd >= 2 && odd >= units * 0.05 && even <= odd * 0.25) return 'utf-16le'
  if (even >= 2 && even >= units * 0.05 && odd <= even * 0.25) return 'utf-16be'
  return null
}

/** Whether decoded text is made of the characters reports are written in (not decoded noise). */
function plausibleText(text: string): boolean {
  let plausible = 0
  let total = 0
  for (const char of text.slice(0, 4096)) {
    const code = char.codePointAt(0) ?? 0
    total++
    if (
      (code >= 0x20 && code < 0x7f) ||
      code === 0x09 ||
      code === 0x0a ||
      code === 0x0c ||
      code === 0x0d ||
      (code >= 0xa0 && code <= 0x24f) ||
      (code >= 0x2000 && code <= 0x27bf) ||
      (code >= 0x3000 && code <= 0x30ff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xfe30 && code <= 0xffef)
    ) {
      plausible++
    }
  }
  return total > 0 && plausible / total >= 0.95
}

const LABELS: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  'euc-cn': 'gb18030',
}

/**
 * The charset an HTML page declares in its first 4 kB: `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, read with the HTML parser
 * over the bytes as Latin-1 (the declaration itself is ASCII in every encoding handled here).
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  let found: string | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (found !== null || name !== 'meta') return
        const charset = attributes.charset?.trim()
        if (charset) {
          found = charset.toLowerCase()
          return
        }
        if (attributes['http-equiv']?.trim().toLowerCase() === 'content-type') {
          const content = attributes.content ?? ''
          const at = content.toLowerCase().indexOf('charset=')
          if (at >= 0) {
            found =
              content
                .slice(at + 8)
                .split(/[;\s]/)[0]
                ?.replace(/["']/g, '')
                .toLowerCase() ?? null
          }
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  )
  parser.write(head)
  parser.end()
  return found
}

/**
 * Whether GB18030-decoded bytes read as Chinese: most double-byte characters fall in GB2312's
 * common range (lead and trail 0xA1–0xFE; real text ≈ 99%, random bytes ≈ 35%), and most
 * non-ASCII characters are CJK ideographs, CJK punctuation or full-width forms.
 */
function looksChinese(bytes: Uint8Array, text: string): boolean {
  let pairs = 0
  let common = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0
    if (lead < 0x81) continue
    const trail = bytes[i + 1] ?? 0
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3
      pairs++
      continue
    }
    pairs++
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1) common++
    i++
  }
  if (pairs === 0 || common / pairs < 0.6) return false
  let nonAscii = 0
  let cjk = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) continue
    nonAscii++
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2010 && code <= 0x2027) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      code === 0xa0 ||
      code === 0xb7 ||
      code === 0xd7
    ) {
      cjk++
    }
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8
}

const ENCODING_MESSAGE =
  'This file is not text in an encoding the importer reads (UTF-8, UTF-16 or GB18030/GBK/GB2312): none of them decodes its bytes. Save the report again as UTF-8 text, or import its web page or PDF.'

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
}

/** Strip a leading BOM and refuse text that is only whitespace. */
function finish(text: string, decoding: Decoding, notes: string[]): Decoded {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.replace(/[\s\uFEFF]/g, '') === '')
    return { ok: false, error: { code: 'empty', message: EMPTY_MESSAGE } }
  return { ok: true, text: body, decoding, notes }
}

/** Decode the bytes of a file that sniff() found to be neither a PDF nor a refused format. */
export function decode(bytes: Uint8Array): Decoded {
  const marked = bom(bytes)
  if (marked) {
    const [encoding, length] = marked
    const text = decodeStrict(bytes.subarray(length), encoding)
    if (text === null) {
      // A BOM followed by bytes that are not that encoding: decode what can be, and say so.
      const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(length))
      return finish(loose, { encoding, from: 'bom' }, [
        `The file starts with a ${NAMES[encoding]} byte-order mark, but some of its bytes are not ${NAMES[encoding]}; they were replaced by �.`,
      ])
    }
    return finish(text, { encoding, from: 'bom' }, [])
  }

  const utf16 = utf16FromNuls(bytes)
  if (utf16) {
    const text = decodeStrict(bytes, utf16)
    if (text !== null && plausibleText(text)) {
      return finish(text, { encoding: utf16, from: 'content' }, [])
    }
  }

  const binary = binaryReason(bytes)
  if (binary) return { ok: false, error: { code: 'binary', message: binary } }

  const notes: string[] = []
  const utf8 = strictOrCut(bytes, 'utf-8')
  const gb = utf8 === null ? strictOrCut(bytes, 'gb18030') : null
  const cut = (read: { cut: boolean }) => {
    if (read.cut) notes.push(CUT_NOTE)
  }

  const label = declaredCharset(bytes)
  if (label !== null) {
    const declared = LABELS[label]
    if (declared === 'utf-8' && utf8 !== null) {
      cut(utf8)
      return finish(utf8.text, { encoding: 'utf-8', from: 'meta' }, notes)
    }
    if (declared === 'gb18030') {
      // Valid UTF-8 with Chinese in it is UTF-8 whatever the page says (a re-saved page keeps its
      // old meta); GBK text almost never happens to be valid UTF-8.
      if (utf8 !== null && /[^\0-\x7f]/.test(utf8.text)) {
        notes.push(`The page declares charset ${label}, but its bytes are UTF-8; read as UTF-8.`)
      } else {
        const read = utf8 ?? gb
        if (read !== null) {
          cut(read)
          return finish(read.text, { encoding: 'gb18030', from: 'meta' }, notes)
        }
        notes.push(`The page declares charset ${label}, but its bytes are not GB18030.`)
      }
    } else if (declared === undefined) {
      notes.push(
        `The page declares charset ${label}, which the importer does not read; the encoding was found from the content.`,
      )
    } else {
      notes.push(`The page declares charset ${label}, but its bytes are not UTF-8.`)
    }
  }

  if (utf8 !== null) {
    cut(utf8)
    return finish(utf8.text, { encoding: 'utf-8', from: 'content' }, notes)
  }
  if (gb !== null && looksChinese(bytes, gb.text)) {
    cut(gb)
    return finish(gb.text, { encoding: 'gb18030', from: 'content' }, notes)
  }
  // UTF-8 Chinese text with a few damaged bytes (a bad copy) is still UTF-8: say how many.
  const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const bad = loose.split('\uFFFD').length - 1
  if (bad <= Math.max(3, loose.length / 1000) && /[\u4e00-\u9fff]/.test(loose)) {
    notes.push(
      `${bad} byte sequence${bad === 1 ? ' is' : 's are'} not valid UTF-8 in this otherwise UTF-8 text; shown as �.`,
    )
    return finish(loose, { encoding: 'utf-8', from: 'content' }, notes)
  }
  return { ok: false, error: { code: 'encoding', message: ENCODING_MESSAGE } }
}

const CUT_NOTE =
  'The file ends in the middle of a character: it looks cut short (its last bytes are shown as �).'

/**
 * The text in `encoding` if the bytes are valid, or valid but for an incomplete character at the
 * very end (a file cut short): then decoded with that character as �, and `cut`.
 */
function strictOrCut(bytes: Uint8Array, encoding: Encoding): { text: string; cut: boolean } | null {
  const text = decodeStrict(bytes, encoding)
  if (text !== null) return { text, cut: false }
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    if (decodeStrict(bytes.subarray(0, bytes.length - k), encoding) !== null) {
      return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), cut: true }
    }
  }
  return null
}
