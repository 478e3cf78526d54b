/**
 * What the importer reads, whatever shape the report arrived in: a web page, a PDF, or text.
 * `readDocument` (input/read-document.ts) turns the bytes of a file into one of these; the table
 * readers take it from there and never see bytes, markup or PDF operators.
 */

/** The shape the report arrived in, detected from the content, never from a file name. */
export type SourceKind = 'html' | 'pdf' | 'text'

/** How the bytes were decoded, and how the importer knew. */
export type Decoding = {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
  /** 'bom', 'meta' (an HTML `<meta charset>` / http-equiv), 'content' (it decoded without errors), 'pdf'. */
  from: 'bom' | 'meta' | 'content' | 'pdf'
}

/** One cell of a table, as published. */
export type Cell = {
  /** The cell's text: inline tags joined, entities decoded, `&nbsp;` and runs of space as one space, trimmed. */
  text: string
  /** 0-based column in the expanded grid where the cell starts. */
  col: number
  colSpan: number
  rowSpan: number
  /**
   * 0-based row (within its table) where the cell is published. A cell whose `rowspan` covers
   * later rows is listed in each of them, with the `row` of its own `<tr>`; a reader takes its
   * value only in that row, and may use its text (a row label) in every row it covers.
   */
  row: number
}

/** One row of a table: every cell that covers it, in column order. */
export type GridRow = {
  cells: Cell[]
  /** 1-based line of `Document.lines` on which this row is printed. */
  line: number
}

/** A table of the document with its structure: from `<table>` markup or from positioned PDF text. */
export type Grid = {
  /** 0-based: the document's n-th table, counting every table (layout tables of the page chrome too). */
  index: number
  rows: GridRow[]
  /** Expanded width: the number of grid columns. */
  width: number
}

/** What the page says about itself, where it says it (TRS-style `<meta>`, `<title>`, an archive's header lines). */
export type DocumentMeta = {
  title: string | null
  /** ISO date (yyyy-mm-dd) the page was published, or null. */
  publishedOn: string | null
  /** The publishing body as the page names it (ContentSource, SiteName, 发布机构), or null. */
  publisher: string | null
  /** The page's own address (meta Url, canonical link, 原文链接), or null. */
  url: string | null
}

export type Document = {
  kind: SourceKind
  decoding: Decoding
  /**
   * The report's text, line by line (the dashboard shows it with line numbers, and every figure
   * cites a line). For a web page: the text of the article as a reader sees it, one block
   * element a line, each table row one line with its cells separated by a tab. For a PDF: one
   * line per printed line, cells apart by runs of spaces as `pdftotext -layout` writes them.
   * For text: the text as given.
   */
  lines: string[]
  /** Tables with their structure (web pages and PDFs); empty for plain text. */
  tables: Grid[]
  meta: DocumentMeta
  /** What was done on the way (e.g. "the HTML was inside a JavaScript string; unescaped"), for the import summary. */
  notes: string[]
}

/** Why a file could not be read at all. `message` is English; `code` lets the browser localise it. */
export type UnreadableFile = {
  code:
    | 'empty'
    | 'binary'
    | 'image'
    | 'archive'
    | 'encoding'
    | 'too-large'
    | 'pdf-unreadable'
    | 'pdf-no-text'
  message: string
}

export type DocumentResult = { ok: true; document: Document } | { ok: false; error: UnreadableFile }
