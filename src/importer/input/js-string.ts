/**
 * HTML inside JavaScript strings. Some portals put the article into a `<script>` as a string
 * (`document.write('…')`, `var content = "…<table…"`), or serve a .js/.txt file that is only such a
 * string. This finds the string literals (a small lexer that knows quotes, escapes, template
 * literals and comments; nothing is executed), joins literals concatenated with `+`, and returns
 * those that hold HTML (`<table` or `<p`), unescaped.
 */

/** The value of a JavaScript string literal's body: \" \' \\ \/ \n \t \r \b \f \v \0 \xXX \uXXXX \u{…}, line continuations. */
export function unescapeJs(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    if (char !== '\\') {
      out += char
      continue
    }
    const next = body[++i]
    if (next === undefined) break
    switch (next) {
      case 'n':
        out += '\n'
        break
      case 't':
        out += '\t'
        break
      case 'r':
        out += '\r'
        break
      case 'b':
        out += '\b'
        break
      case 'f':
        out += '\f'
        break
      case 'v':
        out += '\v'
        break
      case '0':
        out += /[0-9]/.test(body[i + 1] ?? '') ? '0' : '\0'
        break
      case '\r':
        if (body[i + 1] === '\n') i++
        break
      case '\n':
      case '\u2028':
      case '\u2029':
        break
      case 'x': {
        const hex = body.slice(i + 1, i + 3)
        if (/^[0-9a-fA-F]{2}$/.test(hex)) {
          out += String.fromCharCode(Number.parseInt(hex, 16))
          i += 2
        } else out += 'x'
        break
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(body.slice(i + 1, i + 9))
        const hex = body.slice(i + 1, i + 5)
        if (braced?.[1]) {
          out += String.fromCodePoint(Math.min(Number.parseInt(braced[1], 16), 0x10ffff))
          i += braced[0].length
        } else if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(Number.parseInt(hex, 16))
          i += 4
        } else out += 'u'
        break
      }
      default:
        out += next // \" \' \\ \/ and any other escaped character stand for themselves
    }
  }
  return out
}

type Literal = { start: number; end: number; value: string }

/** The string literals of a script, in order, with where each starts and ends. */
export function stringLiterals(script: string): Literal[] {
  const literals: Literal[] = []
  let i = 0
  while (i < script.length) {
    const char = script[i]
    if (char === '/' && script[i + 1] === '/') {
      const end = script.indexOf('\n', i)
      i = end < 0 ? script.length : end
    } else if (char === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2)
      i = end < 0 ? script.length : end + 2
    } else if (char === '"' || char === "'" || char === '`') {
      const start = i
      let j = i + 1
      while (j < script.length && script[j] !== char) {
        if (script[j] === '\\') j++
        else if (char !== '`' && (script[j] === '\n' || script[j] === '\r')) break // unterminated
        j++
      }
      literals.push({ start, end: j + 1, value: unescapeJs(script.slice(start + 1, j)) })
      i = j + 1
    } else i++
  }
  return literals
}

const HOLDS_HTML = /<(?:table|p)[\s>/]/i

/**
 * The HTML held in a script's strings: literals joined by `+` are one string; every string that
 * holds `<table` or `<p` is kept, in order. Null when there is none.
 */
export function htmlInScript(script: string): string | null {
  const literals = stringLiterals(script)
  const strings: string[] = []
  let current: string | null = null
  let previousEnd = -1
  for (const literal of literals) {
    const between = previousEnd >= 0 ? script.slice(previousEnd, literal.start) : ''
    if (current !== null && /^\s*\+\s*$/.test(between)) current += literal.value
    else {
      if (current !== null) strings.push(current)
      current = literal.value
    }
    previousEnd = literal.end
  }
  if (current !== null) strings.push(current)
  const html = strings.filter((value) => HOLDS_HTML.test(value))
  return html.length > 0 ? html.join('\n') : null
}

/**
 * Whether a whole file reads as a script rather than as a page or text: it does not start with
 * markup, and it has script syntax (`document.write(`, `var x =`, `.innerHTML =`, …).
 */
export function looksLikeScript(text: string): boolean {
  const start = text.trimStart()
  if (start.startsWith('<')) return false
  return /\bdocument\.write(?:ln)?\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|\.innerHTML\s*[+]?=|\bfunction\s*[\w$]*\s*\(|^\s*[\w$.]+\s*=\s*["'`]/m.test(
    start.slice(0, 4096),
  )
}
