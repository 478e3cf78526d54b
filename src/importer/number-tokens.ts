import { fold, isPageArtefact } from './text.ts'

/** A figure printed in a table line, where it starts, and the text between it and the last one. */
export type NumberToken = {
  text: string
  /** 0-based line index. */
  line: number
  /** Index of its first character in the line, for telling columns apart in `pdftotext -layout`. */
  start: number
  /** The text (labels, headers) since the previous token, spaces removed. */
  before: string
}

const TOKEN = /(?:约|近)?\d+(?:[.,]\d+)*(?:万元|万|亿|元|件|条|个)?(?:余|多)?/g
/** After these a number is a row number ("1.属于…", "2、重复申请") or a date, not a figure. */
const NOT_A_FIGURE_AFTER = /^\s*[.、年月日号页]/

/** The figures of lines `from` to `to` (exclusive), in reading order. */
export function numberTokens(lines: readonly string[], from: number, to: number): NumberToken[] {
  const tokens: NumberToken[] = []
  let pending = ''
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const printed = lines[i] ?? ''
    // `fold` keeps every character in its place: tokens are found in the folded line, kept as printed.
    const line = fold(printed)
    if (isPageArtefact(line)) continue
    let last = 0
    for (const match of line.matchAll(TOKEN)) {
      const start = match.index
      const end = start + match[0].length
      const after = line.slice(end, end + 3)
      const prev = line[start - 1] ?? ''
      pending += line.slice(last, start)
      last = end
      if (NOT_A_FIGURE_AFTER.test(after) || /[A-Za-z@第]/.test(prev)) {
        pending += match[0]
        continue
      }
      tokens.push({ text: printed.slice(start, end), line: i, start, before: squeeze(pending) })
      pending = ''
    }
    pending += `${line.slice(last)}\n`
  }
  return tokens
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

/** The text of a line before its first figure: the row's label, when it is on the same line. */
export function labelBefore(lines: readonly string[], token: NumberToken): string {
  return squeeze(fold(lines[token.line] ?? '').slice(0, token.start))
}
