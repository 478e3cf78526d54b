/**
 * A web page as a `Document`: the article found inside the portal's chrome, its text line by line
 * as a reader sees it, and every `<table>` in it as a grid. Parsed with htmlparser2 (dom.ts);
 * nothing is executed, and `<script>`/`<style>`/`<noscript>`/`<template>`/`<head>` contents are
 * not text (the `<title>` and `<meta>` of the head are read for `meta`).
 *
 * **The article.** Portals wrap the report in menus, breadcrumbs, share buttons and footers. From
 * `<body>` down, the reader steps into the child element that holds every data table of the current
 * element and at least half of its visible non-link text (a third, for a container whose class or id
 * names it: `article`, `content`, `TRS_Editor`, `zoom`, `Custom_UnionStyle`, `view`, `detail`, …),
 * and stops where no child does: where the text is spread over the article's paragraphs. Only
 * containers (div, section, td, span, …) holding more than one block are candidates; a paragraph
 * or heading never is.
 *
 * **Lines.** One line per block element (p, div, h1–h6, li, …; `<br>` splits), inline elements
 * joined with nothing (Word splits one number over several `<span>`s), entities decoded, runs of
 * whitespace (`&nbsp;` too) one space, trimmed, empty lines dropped. A data table prints each row
 * on one line, its cells' texts joined by a tab; a cell spanning several rows is printed in its own
 * row only. A layout table (one holding another table, or a cell of more than 200 characters)
 * prints its cells as blocks.
 *
 * **Tables.** Each `<table>` inside the article is a `Grid`, its `rowspan`/`colspan` expanded by the
 * HTML table model; a nested table is a grid of its own and its text is not in the outer cell.
 */

import type { Cell, Decoding, Document, DocumentMeta, Grid, GridRow } from './document.ts'
import { descendants, type Element, type Node, parseHtml } from './dom.ts'
import { htmlInScript } from './js-string.ts'
import { httpUrl, isoDate, noMeta, nonBlank } from './meta.ts'

const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'input',
  'map',
])

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

const HINT = /article|content|trs_editor|zoom|custom_unionstyle|view|detail|main_?text/i

/** Characters a reader does not see. */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/g

const normalize = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()

const visibleLength = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, '').length

function isHidden(element: Element): boolean {
  if (NOT_TEXT.has(element.name) || 'hidden' in element.attrs) return true
  const style = element.attrs.style
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

const isCjk = (char: string | undefined) =>
  char !== undefined && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char)

/** Join the texts of blocks inside one cell: nothing between Chinese characters, else a space. */
function joinParts(parts: readonly string[]): string {
  let out = ''
  for (const part of parts) {
    if (!part) continue
    if (out && !(isCjk(out.at(-1)) && isCjk(part[0]))) out += ' '
    out += part
  }
  return out
}

/** Rows of a table (through thead/tbody/tfoot, not into nested tables). */
const rowsOf = (table: Element) =>
  [...descendants(table, (e) => e.name === 'table' || e.name === 'tr')].filter(
    (e) => e.name === 'tr',
  )

/** Cells of a row (not into nested tables). */
const cellsOf = (row: Element) =>
  [...descendants(row, (e) => e.name === 'table' || e.name === 'td' || e.name === 'th')].filter(
    (e) => e.name === 'td' || e.name === 'th',
  )

/** A cell's text: blocks and `<br>` inside it joined by joinParts, nested tables left out. */
export function cellText(cell: Element): string {
  const parts: string[] = []
  let buffer = ''
  const flush = () => {
    parts.push(normalize(buffer))
    buffer = ''
  }
  const walk = (node: Node) => {
    if (node.type === 'text') {
      buffer += node.text
      return
    }
    if (isHidden(node) || node.name === 'table') return
    if (node.name === 'br') return flush()
    if (node.name === 'sup' || node.name === 'sub') {
      // A footnote mark ("2418<sup>2</sup>") is not part of the number: kept apart, in brackets,
      // so that the cell does not read as 24182 and the reader names it instead.
      let mark = ''
      const collect = (child: Node) => {
        if (child.type === 'text') mark += child.text
        else for (const grandchild of child.children) collect(grandchild)
      }
      for (const child of node.children) collect(child)
      if (mark.trim() !== '') buffer += `[${node.name}:${mark.trim()}]`
      return
    }
    const block = BLOCKS.has(node.name)
    if (block) flush()
    for (const child of node.children) walk(child)
    if (block) flush()
  }
  for (const child of cell.children) walk(child)
  flush()
  return joinParts(parts)
}

const span = (value: string | undefined, max: number) => {
  const number = Number.parseInt(value ?? '', 10)
  return Number.isFinite(number) && number >= 0 ? Math.min(number, max) : 1
}

type BuiltTable = {
  rows: { tr: Element; cells: { element: Element; cell: Cell }[] }[]
  width: number
}

/**
 * The HTML table model: each cell starts at the first grid column its row has free after earlier
 * rowspans; `rowspan="0"` runs to the table's end; rowspans past the end are clipped.
 */
export function buildTable(table: Element): BuiltTable {
  const trs = rowsOf(table)
  const taken: boolean[][] = trs.map(() => [])
  const rows: BuiltTable['rows'] = trs.map((tr) => ({ tr, cells: [] }))
  let width = 0
  trs.forEach((tr, y) => {
    let x = 0
    for (const element of cellsOf(tr)) {
      const occupied = taken[y] ?? []
      while (occupied[x]) x++
      const colSpan = Math.max(1, span(element.attrs.colspan, 1000))
      const asked = span(element.attrs.rowspan, 65534)
      const rowSpan = Math.max(1, Math.min(asked === 0 ? trs.length - y : asked, trs.length - y))
      const cell: Cell = { text: cellText(element), col: x, colSpan, rowSpan, row: y }
      for (let yy = y; yy < y + rowSpan; yy++) {
        const slots = taken[yy] ?? []
        for (let xx = x; xx < x + colSpan; xx++) slots[xx] = true
        rows[yy]?.cells.push({ element, cell })
      }
      x += colSpan
      width = Math.max(width, x)
    }
  })
  for (const row of rows) row.cells.sort((a, b) => a.cell.col - b.cell.col)
  return { rows, width }
}

/** A layout table: it holds another table, or a cell of more than 200 characters. */
function isLayoutTable(table: Element, built: BuiltTable): boolean {
  if ([...descendants(table)].some((e) => e.name === 'table')) return true
  return built.rows.some((row) => row.cells.some(({ cell }) => cell.text.length > 200))
}

/** Elements the article can be: containers, not paragraphs, headings or inline text. */
const CONTAINERS = new Set([
  'body',
  'div',
  'section',
  'article',
  'main',
  'center',
  'form',
  'span',
  'font',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
])

type Stats = { text: number; tables: number; blocks: number }

class Page {
  readonly tableIndex = new Map<Element, number>()
  readonly built = new Map<Element, BuiltTable>()
  readonly dataTables = new Set<Element>()
  readonly stats = new Map<Element, Stats>()
  readonly root: Element

  constructor(root: Element) {
    this.root = root
    let index = 0
    for (const element of descendants(root)) {
      if (element.name !== 'table') continue
      this.tableIndex.set(element, index++)
      const built = buildTable(element)
      this.built.set(element, built)
      if (!isLayoutTable(element, built)) this.dataTables.add(element)
    }
    this.measure(root, false, false)
  }

  /** Visible non-link text outside data tables, and data tables, under each element. */
  private measure(element: Element, inLink: boolean, inData: boolean): Stats {
    const stats: Stats = { text: 0, tables: 0, blocks: 0 }
    if (isHidden(element) && element !== this.root) {
      this.stats.set(element, stats)
      return stats
    }
    const link = inLink || (element.name === 'a' && element.attrs.href !== undefined)
    const data = inData || this.dataTables.has(element)
    if (this.dataTables.has(element)) stats.tables++
    for (const child of element.children) {
      if (child.type === 'text') {
        if (!link && !data) stats.text += visibleLength(child.text)
      } else {
        const inner = this.measure(child, link, data)
        stats.text += inner.text
        stats.tables += inner.tables
        stats.blocks += inner.blocks + (BLOCKS.has(child.name) || child.name === 'br' ? 1 : 0)
      }
    }
    this.stats.set(element, stats)
    return stats
  }

  statsOf(element: Element): Stats {
    return this.stats.get(element) ?? { text: 0, tables: 0, blocks: 0 }
  }

  /** The element holding the article: see the module comment. */
  article(): Element {
    const body = [...descendants(this.root)].find((e) => e.name === 'body') ?? this.root
    let current = body
    for (;;) {
      const here = this.statsOf(current)
      let next: Element | null = null
      for (const child of current.children) {
        if (child.type !== 'element' || !CONTAINERS.has(child.name)) continue
        if (isHidden(child) || this.dataTables.has(child)) continue
        const there = this.statsOf(child)
        // It holds every table, and more than one block (a lone paragraph is not the article).
        if (there.tables !== here.tables || (there.blocks < 2 && there.tables === 0)) continue
        const hinted = HINT.test(`${child.attrs.class ?? ''} ${child.attrs.id ?? ''}`)
        const enough =
          here.text === 0 ? there.tables > 0 : there.text >= (hinted ? 0.35 : 0.5) * here.text
        if (enough) {
          next = child
          break
        }
      }
      if (!next) return current
      current = next
    }
  }
}

/** Lines and grids of the article. */
function render(page: Page, article: Element): { lines: string[]; tables: Grid[] } {
  const lines: string[] = []
  const tables: Grid[] = []
  let buffer = ''
  let pre = 0
  const flush = () => {
    const line = normalize(buffer)
    buffer = ''
    if (line) lines.push(line)
  }

  const walk = (node: Node) => {
    if (node.type === 'text') {
      if (pre > 0) {
        const [first = '', ...rest] = node.text.split(/\r\n|\n|\r/)
        buffer += first
        for (const part of rest) {
          flush()
          buffer += part
        }
      } else buffer += node.text
      return
    }
    if (isHidden(node)) return
    if (node.name === 'br') return flush()
    if (node.name === 'table') return table(node)
    const block = BLOCKS.has(node.name)
    if (block) flush()
    if (node.name === 'pre') pre++
    for (const child of node.children) walk(child)
    if (node.name === 'pre') pre--
    if (block) flush()
  }

  const table = (element: Element) => {
    flush()
    for (const child of element.children) {
      if (child.type === 'element' && child.name === 'caption') walk(child)
    }
    const built = page.built.get(element) ?? buildTable(element)
    const data = page.dataTables.has(element)
    const rowLines: (number | null)[] = []
    built.rows.forEach(({ cells }, y) => {
      const own = cells.filter(({ cell }) => cell.row === y)
      const before = lines.length
      if (data) {
        if (own.some(({ cell }) => cell.text !== ''))
          lines.push(own.map(({ cell }) => cell.text).join('\t'))
      } else {
        for (const { element: cell } of own) {
          flush()
          for (const child of cell.children) walk(child)
          flush()
        }
      }
      rowLines.push(lines.length > before ? before + 1 : null)
    })
    // A row that prints nothing (all its cells blank or spanned from above) points at the line
    // before it, or the table's first line.
    let last = rowLines.find((line) => line !== null) ?? Math.max(1, lines.length)
    const rows: GridRow[] = built.rows.map(({ cells }, y) => {
      const line = rowLines[y] ?? last
      last = line
      return { cells: cells.map(({ cell }) => cell), line }
    })
    tables.push({ index: page.tableIndex.get(element) ?? tables.length, rows, width: built.width })
  }

  walk(article)
  flush()
  tables.sort((a, b) => a.index - b.index)
  return { lines, tables }
}

/** What the page's head says about it (TRS-style `<meta>`, Open Graph, `<title>`, canonical link). */
export function htmlMeta(root: Element): DocumentMeta {
  const metas = new Map<string, string>()
  let title: string | null = null
  let canonical: string | null = null
  for (const element of descendants(root)) {
    if (element.name === 'meta') {
      const key = (element.attrs.name ?? element.attrs.property ?? element.attrs.itemprop ?? '')
        .trim()
        .toLowerCase()
      const content = element.attrs.content
      if (key && content !== undefined && !metas.has(key) && content.trim()) metas.set(key, content)
    } else if (element.name === 'title' && title === null) {
      title = element.children.map((child) => (child.type === 'text' ? child.text : '')).join('')
    } else if (
      element.name === 'link' &&
      /(?:^|\s)canonical(?:\s|$)/i.test(element.attrs.rel ?? '')
    ) {
      canonical ??= element.attrs.href ?? null
    }
  }
  const first = (...keys: string[]) =>
    keys.map((key) => metas.get(key)).find((value) => value?.trim())
  // "报告_政府信息公开年报_某市人民政府": the article's title before the column and site tails.
  const pageTitle = title === null ? null : nonBlank(title.split(/_| [-|–—] /)[0])
  const meta = noMeta()
  meta.title = nonBlank(first('articletitle', 'og:title')) ?? pageTitle
  meta.publishedOn = isoDate(
    first(
      'pubdate',
      'publishdate',
      'firstpublishedtime',
      'og:article:published_time',
      'article:published_time',
    ),
  )
  meta.publisher = nonBlank(first('contentsource')) ?? nonBlank(first('sitename'))
  meta.url = httpUrl(first('url')) ?? httpUrl(canonical) ?? httpUrl(first('og:url'))
  return meta
}

function scriptTexts(root: Element): string[] {
  const scripts: string[] = []
  for (const element of descendants(root)) {
    if (element.name !== 'script') continue
    const text = element.children.map((child) => (child.type === 'text' ? child.text : '')).join('')
    if (text.trim()) scripts.push(text)
  }
  return scripts
}

const dataTableCount = (page: Page, tables: readonly Grid[]) =>
  [...page.dataTables].filter((table) =>
    tables.some((grid) => grid.index === page.tableIndex.get(table)),
  ).length

function readPage(html: string) {
  const { root } = parseHtml(html)
  const page = new Page(root)
  const article = page.article()
  const { lines, tables } = render(page, article)
  const images = [...descendants(article)].filter((e) => e.name === 'img' && !isHidden(e)).length
  return { root, page, lines, tables, images }
}

/** Tables published as pictures are not text: say so when the article has images and no table. */
const imageNotes = (read: { tables: readonly Grid[]; images: number }) =>
  read.tables.length === 0 && read.images > 0
    ? [
        `The article has no table but ${read.images} image${read.images === 1 ? '' : 's'}: tables published as pictures cannot be read.`,
      ]
    : []

/** A page (or a fragment of one) as a `Document`. */
export function readHtml(html: string, decoding: Decoding, notes: string[]): Document {
  const visible = readPage(html)
  const meta = htmlMeta(visible.root)
  const scripted = scriptTexts(visible.root)
    .map(htmlInScript)
    .filter((value): value is string => value !== null)
  if (scripted.length > 0) {
    const inScript = readPage(scripted.join('\n'))
    const visibleTables = dataTableCount(visible.page, visible.tables)
    const scriptTables = dataTableCount(inScript.page, inScript.tables)
    if (
      scriptTables > visibleTables ||
      (scriptTables === visibleTables &&
        visibleTables === 0 &&
        visible.lines.length === 0 &&
        inScript.lines.length > 0)
    ) {
      return {
        kind: 'html',
        decoding,
        lines: inScript.lines,
        tables: inScript.tables,
        meta,
        notes: [
          ...notes,
          'The article was HTML inside a JavaScript string in a <script> of the page; it was unescaped and read.',
        ],
      }
    }
  }
  return {
    kind: 'html',
    decoding,
    lines: visible.lines,
    tables: visible.tables,
    meta,
    notes: [...notes, ...imageNotes(visible)],
  }
}

/** A script file that only holds the article as an HTML string (`document.write('…')`, `var c = "…"`). */
export function readScriptHtml(html: string, decoding: Decoding, notes: string[]): Document {
  const { root, lines, tables } = readPage(html)
  return {
    kind: 'html',
    decoding,
    lines,
    tables,
    meta: htmlMeta(root),
    notes: [
      ...notes,
      'The file is a script holding the article as HTML in a JavaScript string; it was unescaped and read.',
    ],
  }
}
