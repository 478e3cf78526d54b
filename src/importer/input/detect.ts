/**
 * Whether decoded text is a web page, a script holding the page as a string, or plain text: from
 * the content (a doctype, an `<html>` or `<body>` tag, or a real amount of markup), never a file name.
 */
import { Parser } from 'htmlparser2'
import { htmlInScript, looksLikeScript } from './js-string.ts'

const MARKUP = new Set([
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'p',
  'div',
  'br',
  'span',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'meta',
  'title',
  'font',
  'b',
  'strong',
  'center',
  'a',
  'img',
  'head',
])

/** HTML when it has a doctype, an `<html>`/`<body>` element, or at least 5 common HTML tags. */
export function looksLikeHtml(text: string): boolean {
  let doctype = false
  let page = false
  let tags = 0
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() === '!doctype' && /^!doctype\s+html/i.test(data)) doctype = true
      },
      onopentag(name) {
        if (name === 'html' || name === 'body') page = true
        else if (MARKUP.has(name)) tags++
      },
    },
    { lowerCaseTags: true, decodeEntities: false },
  )
  parser.write(text.slice(0, 64 * 1024))
  parser.end()
  return doctype || page || tags >= 5
}

export type Shape = { kind: 'html' } | { kind: 'script'; html: string } | { kind: 'text' }

export function detectShape(text: string): Shape {
  if (looksLikeScript(text)) {
    const html = htmlInScript(text)
    if (html !== null) return { kind: 'script', html }
  }
  return looksLikeHtml(text) ? { kind: 'html' } : { kind: 'text' }
}
