/**
 * A PDF as a `Document`, through pdfjs-dist (no system binary). This module and pdfjs are loaded
 * with a dynamic import only when a PDF arrives (read-document.ts).
 *
 * **Lines.** The text items of a page are grouped by baseline (within a third of the font height),
 * sorted by x, and joined as `pdftotext -layout` would: items that touch are joined directly (CJK
 * text has no spaces); a gap of less than 1.5 half-width characters (0.75 em) is one space; a wider
 * gap becomes as many spaces as half-width characters fit in it, at least 2, so that table cells
 * stay apart. Unlike pdftotext, a narrower gap is a cell boundary too (2 spaces or more) where a
 * column starts at that x in the lines around it (see runsOf). A line starts with spaces for its indent from the page's left text edge. Pages are
 * separated by a line holding a form feed, as pdftotext writes them.
 *
 * **Tables** (best effort; the lines are the main output): runs of at least two lines with two or
 * more cells become grids (see gridsOf). A cell whose text wraps inside its table cell is printed
 * on several lines, as pdftotext prints it; the grid has a row per printed line.
 *
 * pdfjs runs in this thread (its worker module is imported, so no nested worker is started); in
 * Node the legacy build is used, as pdfjs asks.
 */
/// <reference path="./pdfjs-worker.d.ts" />
import type { Cell, Document, DocumentResult, Grid, UnreadableFile } from './document.ts'
import { isoDate, noMeta, nonBlank } from './meta.ts'

type Item = { text: string; x: number; y: number; width: number; size: number }
type Run = { text: string; x: number; end: number }
type PdfLine = { y: number; size: number; items: Item[] }

type TextItemLike = { str?: unknown; transform?: unknown; width?: unknown }
type PdfPage = {
  getTextContent(): Promise<{ items: TextItemLike[] }>
  cleanup(): void
}
type PdfDocument = {
  numPages: number
  getPage(n: number): Promise<PdfPage>
  getMetadata(): Promise<{ info?: unknown }>
}
type Pdfjs = {
  getDocument(source: Record<string, unknown>): {
    promise: Promise<PdfDocument>
    destroy(): Promise<void>
  }
}

const isNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
  'string'

/** pdfjs and its worker, in this thread: the legacy build in Node, the modern one in browsers. */
async function loadPdfjs(): Promise<{ pdfjs: Pdfjs; cMapUrl: string | undefined }> {
  if (isNode()) {
    const [pdfjs] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ])
    // Chinese PDFs whose fonts use a predefined CMap (UniGB-UCS2-H, …) need pdfjs's CMap files.
    const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve
    let cMapUrl: string | undefined
    try {
      const packageUrl = resolve?.('pdfjs-dist/package.json')
      if (packageUrl?.startsWith('file://')) {
        cMapUrl = decodeURIComponent(new URL('cmaps/', packageUrl).pathname)
      }
    } catch {
      cMapUrl = undefined
    }
    return { pdfjs: pdfjs as unknown as Pdfjs, cMapUrl }
  }
  const [pdfjs] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs'),
  ])
  return { pdfjs: pdfjs as unknown as Pdfjs, cMapUrl: undefined }
}

const unreadable = (code: UnreadableFile['code'], message: string): DocumentResult => ({
  ok: false,
  error: { code, message },
})

/**
 * CJK radicals that stand for whole characters. Fonts share one glyph between 工 and the Kangxi
 * radical ⼯, and PDF printers (Chromium's Skia among them) may map the glyph back to the radical;
 * pdftotext folds them, and so does this. Kangxi radicals (U+2F00–U+2FD5) fold by NFKC; those of
 * the CJK Radicals Supplement that are characters of simplified Chinese text fold by this table.
 * The text is then NFC-normalised (U+2329 〈 is U+3008 〈; compatibility ideographs are the unified ones).
 */
const RADICALS: Record<string, string> = Object.fromEntries(
  [
    '⺁厂⺇几⺊卜⺌小⺒巳⺓幺⺗心⺜日⺝月⺟母⺠民⺩王⺶羊⺽臼⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车⻑長',
    '⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟',
    // Kangxi radicals whose NFKC form is traditional, where a simplified-Chinese font draws them
    // with the simplified character's glyph: ⼾ is 户 (not 戶), ⾭ is 青 (not 靑).
    '⼾户⾭青',
  ]
    .join('')
    .match(/../gu)
    ?.map((pair) => [pair[0] ?? '', pair.slice(1)]) ?? [],
)

export const foldRadicals = (text: string) =>
  text
    .replace(/[\u2e80-\u2fdf]/g, (char) => RADICALS[char] ?? char.normalize('NFKC'))
    .normalize('NFC')

function itemsOf(content: { items: TextItemLike[] }): Item[] {
  const items: Item[] = []
  for (const raw of content.items) {
    if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) continue
    const text = foldRadicals(Array.from(raw.str, (char) => (char < ' ' ? '' : char)).join(''))
    if (!text.trim()) continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform as number[]
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), 1)
    const width = typeof raw.width === 'number' && raw.width > 0 ? raw.width : size * text.length
    // Leading and trailing spaces inside an item are positions, not text.
    const lead = text.length - text.trimStart().length
    const unit = width / text.length
    items.push({
      text: text.trim(),
      x: e + lead * unit,
      y: f,
      width: width - (text.length - text.trim().length) * unit,
      size,
    })
  }
  return items
}

/** Items grouped by baseline, top to bottom, each line's items left to right. */
function linesOf(items: Item[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x)
  const lines: PdfLine[] = []
  for (const item of sorted) {
    const line = lines.at(-1)
    if (line && Math.abs(line.y - item.y) <= Math.min(line.size, item.size) / 3) {
      line.items.push(item)
      line.size = Math.max(line.size, item.size)
    } else lines.push({ y: item.y, size: item.size, items: [item] })
  }
  for (const line of lines) line.items.sort((p, q) => p.x - q.x)
  return lines
}

/** Where items start after a visible gap (a word space or more), and where the line starts. */
function startsOf(line: PdfLine): number[] {
  const starts: number[] = []
  let end = Number.NEGATIVE_INFINITY
  for (const item of line.items) {
    if (item.x - end > 0.2 * line.size) starts.push(item.x)
    end = Math.max(end, item.x + item.width)
  }
  return starts
}

/**
 * The runs (cells) of a line. Items a gap of 0.75 em or more apart are separate cells. A narrower
 * gap (more than a word space) separates cells too where the next item starts where a cell of a
 * neighbouring line (two lines up or down) starts: a label that fills its column leaves only the
 * cell padding before the next column, and the column shows in the rows around it.
 */
function runsOf(line: PdfLine, neighbours: readonly number[][]): Run[] {
  const aligned = (x: number) =>
    neighbours.some((starts) => starts.some((start) => Math.abs(start - x) < 0.3 * line.size))
  const runs: Run[] = []
  for (const item of line.items) {
    const run = runs.at(-1)
    const gap = run ? item.x - run.end : Number.POSITIVE_INFINITY
    const word = gap > 0.2 * line.size
    if (run && gap < 0.75 * line.size && !(word && aligned(item.x))) {
      run.text += word ? ` ${item.text}` : item.text
      run.end = Math.max(run.end, item.x + item.width)
    } else runs.push({ text: item.text, x: item.x, end: item.x + item.width })
  }
  return runs
}

/** The line's text: runs apart by as many spaces as half-width characters fit in the gap (≥ 2). */
function layoutText(runs: readonly Run[], size: number, left: number): string {
  const half = size / 2
  let text = ' '.repeat(Math.max(0, Math.round(((runs[0]?.x ?? left) - left) / half)))
  runs.forEach((run, i) => {
    const previous = runs[i - 1]
    if (previous) text += ' '.repeat(Math.max(2, Math.round((run.x - previous.end) / half)))
    text += run.text
  })
  return text
}

/**
 * Best-effort grids: runs of at least 2 consecutive lines with 2 or more cells each. The columns
 * are those of the lines with the most cells (the union of their cells' extents, column by column:
 * cells may be centred, so their left edges differ); a cell of another line takes the columns it
 * overlaps.
 */
function gridsOf(rows: { line: number; runs: Run[]; size: number }[]): Grid[] {
  const grids: Grid[] = []
  let start = 0
  while (start < rows.length) {
    if ((rows[start]?.runs.length ?? 0) < 2) {
      start++
      continue
    }
    let end = start
    while (
      end + 1 < rows.length &&
      (rows[end + 1]?.runs.length ?? 0) >= 2 &&
      (rows[end + 1]?.line ?? 0) === (rows[end]?.line ?? 0) + 1
    ) {
      end++
    }
    const block = rows.slice(start, end + 1)
    start = end + 1
    if (block.length < 2) continue
    const most = Math.max(...block.map((row) => row.runs.length))
    const columns: { x: number; end: number }[] = []
    for (const row of block) {
      if (row.runs.length !== most) continue
      row.runs.forEach((run, j) => {
        const column = columns[j]
        if (column) {
          column.x = Math.min(column.x, run.x)
          column.end = Math.max(column.end, run.end)
        } else columns[j] = { x: run.x, end: run.end }
      })
    }
    const overlaps = (run: Run, column: { x: number; end: number }) =>
      Math.min(run.end, column.end) - Math.max(run.x, column.x) > 0
    grids.push({
      index: grids.length,
      width: columns.length,
      rows: block.map((row, y) => {
        const cells: Cell[] = []
        for (const run of row.runs) {
          const covered = columns.flatMap((column, j) => (overlaps(run, column) ? [j] : []))
          const centre = (run.x + run.end) / 2
          const nearest = columns.reduce(
            (best, column, j) =>
              Math.abs((column.x + column.end) / 2 - centre) <
              Math.abs(((columns[best]?.x ?? 0) + (columns[best]?.end ?? 0)) / 2 - centre)
                ? j
                : best,
            0,
          )
          const previous = cells.at(-1)
          const after = previous ? previous.col + previous.colSpan : 0
          const col = Math.min(Math.max(covered[0] ?? nearest, after), columns.length - 1)
          const last = Math.max(col, covered.at(-1) ?? col)
          cells.push({ text: run.text, col, colSpan: last - col + 1, rowSpan: 1, row: y })
        }
        return { cells, line: row.line }
      }),
    })
  }
  return grids
}

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String(error.name) : ''
}

export async function readPdf(bytes: Uint8Array): Promise<DocumentResult> {
  const { pdfjs, cMapUrl } = await loadPdfjs()
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
  })
  let pdf: PdfDocument
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    if (errorName(error) === 'PasswordException') {
      return unreadable(
        'pdf-unreadable',
        "This PDF is encrypted (it asks for a password), so its text cannot be read. Import the report's web page instead, or a copy of the PDF saved without a password.",
      )
    }
    const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
    return unreadable(
      'pdf-unreadable',
      `This file starts like a PDF, but it is damaged or incomplete and cannot be read${detail}. Download the report again, or import its web page.`,
    )
  }

  try {
    const pages: PdfLine[][] = []
    const empty: number[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const items = itemsOf(await page.getTextContent())
      page.cleanup()
      if (items.length === 0) empty.push(n)
      pages.push(linesOf(items))
    }
    if (pdf.numPages === 0) {
      return unreadable(
        'pdf-unreadable',
        'This PDF has no pages: it is damaged or incomplete. Download the report again, or import its web page.',
      )
    }
    if (empty.length === pdf.numPages) {
      return unreadable(
        'pdf-no-text',
        `This PDF has no text on any of its ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}: it is probably a scanned image of the report. Its figures need OCR (text recognition) first; or import the report's web page if it has one.`,
      )
    }
    const left = Math.min(...pages.flat().flatMap((line) => line.items.map((item) => item.x)))
    const lines: string[] = []
    const rows: { line: number; runs: Run[]; size: number }[] = []
    pages.forEach((page, p) => {
      if (p > 0) lines.push('\f')
      const starts = page.map(startsOf)
      page.forEach((line, i) => {
        const neighbours = [starts[i - 2], starts[i - 1], starts[i + 1], starts[i + 2]].filter(
          (x) => x !== undefined,
        )
        const runs = runsOf(line, neighbours)
        lines.push(layoutText(runs, line.size, left))
        rows.push({ line: lines.length, runs, size: line.size })
      })
    })
    const notes: string[] = []
    if (empty.length > 0) {
      notes.push(
        empty.length === 1
          ? `Page ${empty[0]} of the PDF has no text (probably a scanned image); what it shows is not in the text.`
          : `Pages ${empty.join(', ')} of the PDF have no text (probably scanned images); what they show is not in the text.`,
      )
    }
    const document: Document = {
      kind: 'pdf',
      decoding: { encoding: 'utf-8', from: 'pdf' },
      lines,
      tables: gridsOf(rows),
      meta: await pdfMeta(pdf),
      notes,
    }
    return { ok: true, document }
  } finally {
    await task.destroy().catch(() => undefined)
  }
}

async function pdfMeta(pdf: PdfDocument) {
  const meta = noMeta()
  try {
    const { info } = await pdf.getMetadata()
    const record = (info ?? {}) as Record<string, unknown>
    const title = typeof record.Title === 'string' ? record.Title : null
    // A PDF printed from a page takes the page's <title>: "报告_栏目_网站".
    meta.title = nonBlank(title?.split(/_| [-|–—] /)[0])
    meta.publishedOn = isoDate(typeof record.CreationDate === 'string' ? record.CreationDate : null)
  } catch {
    // No readable metadata: the report's text still is.
  }
  return meta
}
