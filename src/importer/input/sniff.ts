/**
 * What the bytes are, from their first bytes ("magic numbers"), before any decoding: a PDF, or one
 * of the files the importer cannot read (an image, an archive, an old Office file, a file too large).
 * Never from a file name.
 */
import type { UnreadableFile } from './document.ts'

/** Files larger than this are refused before they are decoded (a report page is well under 5 MB). */
export const MAX_BYTES = 50 * 1024 * 1024

export type Sniffed = { kind: 'pdf' } | { kind: 'unreadable'; error: UnreadableFile } | null

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0))

/** Where `needle` (ASCII) occurs in `bytes[from, to)`, or -1. */
export function indexOfAscii(
  bytes: Uint8Array,
  needle: string,
  from = 0,
  to = bytes.length,
): number {
  const codes = ascii(needle)
  const first = codes[0]
  const end = Math.min(to, bytes.length) - codes.length
  for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] !== first) continue
    let j = 1
    while (j < codes.length && bytes[i + j] === codes[j]) j++
    if (j === codes.length) return i
  }
  return -1
}

const IMAGES: readonly [string, readonly number[], number?][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', ascii('GIF87a')],
  ['GIF', ascii('GIF89a')],
  ['WebP', ascii('WEBP'), 8],
]

/** BMP starts with "BM", which text may too: also require a known DIB header size at byte 14. */
function isBmp(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('BM')) || bytes.length < 18) return false
  const dibSize = (bytes[14] ?? 0) | ((bytes[15] ?? 0) << 8) | ((bytes[16] ?? 0) << 16)
  return [12, 40, 52, 56, 64, 108, 124].includes(dibSize) && bytes[17] === 0
}

const SAVE_AS =
  'Open it in the program that made it and save the report as PDF or as a web page (HTML), or copy its text into a .txt file.'

function zipMessage(bytes: Uint8Array): string {
  // The member names are in the local headers (at the start) and the central directory (at the end).
  const head = Math.min(bytes.length, 64 * 1024)
  const tail = Math.max(0, bytes.length - 64 * 1024)
  const has = (name: string) =>
    indexOfAscii(bytes, name, 0, head) >= 0 || indexOfAscii(bytes, name, tail) >= 0
  const what = has('word/')
    ? 'a Word document (.docx), which is a ZIP archive'
    : has('xl/')
      ? 'an Excel workbook (.xlsx), which is a ZIP archive'
      : has('ppt/')
        ? 'a PowerPoint file (.pptx), which is a ZIP archive'
        : 'a ZIP archive (.zip; a .docx or .xlsx file is one too)'
  return `This file is ${what}, not a report the importer can read. ${
    what.startsWith('a ZIP')
      ? 'Unpack it and import the report inside, or save the report as PDF or as a web page (HTML).'
      : SAVE_AS
  }`
}

const ARCHIVES: readonly [string, readonly number[]][] = [
  ['a gzip-compressed file (.gz)', [0x1f, 0x8b]],
  ['a 7-Zip archive (.7z)', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive (.rar)', ascii('Rar!\x1a\x07')],
  ['a bzip2-compressed file (.bz2)', ascii('BZh')],
  ['an xz-compressed file (.xz)', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
]

const refuse = (code: UnreadableFile['code'], message: string): Sniffed => ({
  kind: 'unreadable',
  error: { code, message },
})

/** A PDF, a file that cannot be read (with why), or null: bytes to decode as text. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length > MAX_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1)
    return refuse(
      'too-large',
      `This file is ${mb} MB; the importer reads files of up to ${MAX_BYTES / 1024 / 1024} MB. A report's web page, text or PDF is much smaller: check that this is the report itself.`,
    )
  }
  if (bytes.length === 0) return refuse('empty', EMPTY_MESSAGE)
  // The PDF header may follow a little junk (the PDF reference allows it within the first 1 kB).
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return { kind: 'pdf' }
  for (const [name, signature, at] of IMAGES) {
    if (startsWith(bytes, signature, at) && (name !== 'WebP' || startsWith(bytes, ascii('RIFF')))) {
      return refuse('image', imageMessage(name))
    }
  }
  if (isBmp(bytes)) return refuse('image', imageMessage('BMP'))
  if (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])
  ) {
    return refuse('archive', zipMessage(bytes))
  }
  for (const [what, signature] of ARCHIVES) {
    // "BZh" could begin a text; a bzip2 stream continues with a block size digit and a magic.
    if (what.includes('bzip2') && !(startsWith(bytes, signature) && isBzip2(bytes))) continue
    if (startsWith(bytes, signature)) {
      return refuse(
        'archive',
        `This file is ${what}, not a report the importer can read. Unpack it and import the report inside (a web page, PDF or text file).`,
      )
    }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return refuse(
      'binary',
      `This file is an old Microsoft Office file (.doc, .xls or .ppt), not a report the importer can read. ${SAVE_AS}`,
    )
  }
  return null
}

const isBzip2 = (bytes: Uint8Array) =>
  (bytes[3] ?? 0) >= 0x31 && (bytes[3] ?? 0) <= 0x39 && startsWith(bytes, [0x31, 0x41, 0x59], 4)

export const EMPTY_MESSAGE =
  'This file is empty: it holds no text. Save the report again (the web page, PDF or text) and import that file.'

const imageMessage = (format: string) =>
  `This file is a ${format} image, not text: the importer cannot read figures from a picture. Import the report's web page or PDF instead, or, if the report was only published as a scan, type or OCR its tables into a text file.`

/**
 * Bytes that are not text: NUL bytes, or control characters that text does not hold (tab, line
 * feed, form feed, carriage return and escape are allowed; a few strays are tolerated). Checked
 * on the first 64 kB of a file that is not UTF-16.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, 64 * 1024)
  let controls = 0
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0
    if (byte === 0) {
      return `This file is binary, not text: it holds NUL bytes (the first at byte ${i}). The importer reads web pages (HTML), PDFs and text files.`
    }
    if ((byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) && ++controls > 8) {
      return `This file is binary, not text: it holds control characters that text does not (byte ${i} is 0x${byte.toString(16).padStart(2, '0')}). The importer reads web pages (HTML), PDFs and text files.`
    }
  }
  return null
}
