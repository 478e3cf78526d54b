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

export function parseHtml(html: string): { root: Element; doctype: boolean } {
  const root: Element = { type: 'element', name: '#root', attrs: {}, children: [], parent: null }
  let current = root
  let doctype = false
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: Element = { type: 'element', name, attrs, children: [], parent: current }
        current.children.push(element)
        current = element
      },
      onclosetag() {
        current = current.parent ?? root
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
  for (const child of element.children) {
    if (child.type !== 'element') continue
    yield child
    if (!stop?.(child)) yield* descendants(child, stop)
  }
}

/** Whether `element` has `ancestor` above it. */
export function isInside(element: Element, ancestor: Element): boolean {
  for (let at = element.parent; at; at = at.parent) if (at === ancestor) return true
  return false
}
