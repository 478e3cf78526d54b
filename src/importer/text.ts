import type { Unit } from '../domain/report-schema.ts'

/** Lines of the text, numbered from 1 by `index + 1`. Form feeds (pdftotext page breaks) go. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/).map((line) => line.replaceAll('\f', ''))
}

/** Full-width ASCII (（１２）：) and the ideographic space fold to ASCII; one code unit each. */
export function fold(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000 || code === 0xa0) out += ' '
    else out += text[i]
  }
  return out
}

const DROPPED = /[\s“”"‘’'「」]/

/**
 * The folded text without spaces and quotes, with the index in the original line of every kept
 * character, so that a label matched in the compact text can be cut out of the original.
 */
export function compact(line: string): { text: string; at: number[] } {
  const folded = fold(line)
  let text = ''
  const at: number[] = []
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i] ?? ''
    if (DROPPED.test(char)) continue
    text += char
    at.push(i)
  }
  return { text, at }
}

/** A label as the importer compares it: folded, no spaces or quotes. */
export const labelKey = (label: string) => compact(label).text

const CODE =
  /^(?:([一二三四五六七八九十]{1,3})[、.]|\(([一二三四五六七八九十]{1,3})\)|(\d{1,2})[.、](?!\d)|(其中):?)/

/** The row number at the start of a compact label, in the dataset's spelling ("四", "(一)", "1.", "其中"). */
export function readCode(compactText: string): { code: string | null; length: number } {
  const match = CODE.exec(compactText)
  if (!match) return { code: null, length: 0 }
  const [all, top, sub, num, within] = match
  const code = top ?? (sub ? `(${sub})` : num ? `${num}.` : (within ?? null))
  return { code, length: all.length }
}

/** Units printed in the 单位 column or inside a cell, longest first. */
export const UNIT_WORDS: readonly [string, Unit][] = [
  ['人次', 'person-time'],
  ['万元', 'ten-thousand-yuan'],
  ['条', 'item'],
  ['件', 'piece'],
  // Rules and normative documents, counted in 件 too; a printed 件 is read as 'piece' (first).
  ['件', 'document'],
  ['次', 'time'],
  ['篇', 'article'],
  ['个', 'count'],
  ['人', 'person'],
  ['项', 'entry'],
  ['笔', 'transaction'],
  ['类', 'kind'],
  ['%', 'percent'],
]

/** The word a table prints for a unit (件 for both 'piece' and 'document'). */
export const wordOf = (unit: Unit) => UNIT_WORDS.find(([, named]) => named === unit)?.[0]

/**
 * The unit a printed word means in a row the table counts in `expected`: the row's own where the
 * word is its unit's word (件 counts documents as well as cases), else the word's.
 */
export function printedAs(printed: Unit | null, expected: Unit): Unit | null {
  return printed !== null && wordOf(printed) === wordOf(expected) ? expected : printed
}

export function unitOf(word: string): Unit | null {
  return UNIT_WORDS.find(([printed]) => printed === word)?.[1] ?? null
}

/** Page numbers and running heads that PDF extraction leaves between table rows. */
export function isPageArtefact(line: string): boolean {
  const text = compact(line).text
  return /^(?:[-—–]+\d{1,4}[-—–]+|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}\/\d{1,4})$/.test(text)
}

export const isBlank = (line: string) => line.trim() === ''

/** A list of row names, shortened after ten. */
export const listed = (names: string[]) =>
  names.length > 10
    ? `${names.slice(0, 10).join('; ')}; and ${names.length - 10} more`
    : names.join('; ')

/** Text quoted in a message, trimmed and shortened. */
export const clip = (text: string, max = 40) => {
  const trimmed = text.trim()
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed
}
