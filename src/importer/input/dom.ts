/**
 * A minimal element tree built from htmlparser2's callbacks (no DOM needed, so it runs in Node and
 * in a Web Worker alike). htmlparser2 applies the HTML rules that matter for reports: implied end
 * tags (`<td>` closes an open `<td>`, a block closes an open `<p>`), void elements, raw text in
 * `<script>`/`<style>`, and entity decoding (`&nbsp;` becomes U+00A0).
 */
import { Parser } from 'htmlparser2'

export type TextNode = { type: 'text'; text: string }
export type Element = {
  type: 'element'
  name: string
  attrs: Record<string, string>
  children: Node[]
  parent: Element | null
}
export type Node = Element | TextNode

/**
 * Inline elements nested deeper than this (unclosed `<font>` or `<span>` tags pile up in old pages)
 * are not made elements: their content goes to the element they are in. Keeps the tree walks
 * (recursive) shallow. Structural elements (tables, rows, cells, blocks, `<br>`) are always kept.
 */
export const MAX_DEPTH = 400

const STRUCTURE = new Set([
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'title',
  'meta',
  'body',
  'head',
  'html',
])

export function parseHtml(html: string): { root: Element; doctype: boolean } {
  const root: Element = { type: 'element', name: '#root', attrs: {}, children: [], parent: null }
  let current = root
  let depth = 0
  /** For each open element, innermost last: whether it was flattened (not made an element). */
  const flattened: boolean[] = []
  let doctype = false
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth >= MAX_DEPTH && !STRUCTURE.has(name)) {
          flattened.push(true)
          return
        }
        flattened.push(false)
        const element: Element = { type: 'element', name, attrs, children: [], parent: current }
        current.children.push(element)
        current = element
        depth++
      },
      onclosetag() {
        // htmlparser2 opens and closes elements as a stack (implied end tags included).
        if (flattened.pop()) return
        current = current.parent ?? root
        depth = Math.max(0, depth - 1)
      },
      ontext(text) {
        const last = current.children.at(-1)
        if (last?.type === 'text') last.text += text
        else current.children.push({ type: 'text', text })
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') doctype = true
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return { root, doctype }
}

/** Elements under `element` (not itself) in document order, not descending below a match of `stop`. */
export function* descendants(
  element: Element,
  stop?: (element: Element) => boolean,
): Generator<Element> {
  // An explicit stack: unclosed inline tags (`<font>` after `<font>`) can nest thousands deep.
  const stack: Node[] = [...element.children].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type !== 'element') continue
    yield node
    if (!stop?.(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Node)
  }
}

/** Whether `element` has `ancestor` above it. */
export function isInside(element: Element, ancestor: Element): boolean {
  for (let at = element.parent; at; at = at.parent) if (at === ancestor) return true
  return false
}
