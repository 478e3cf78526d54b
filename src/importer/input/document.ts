/**
 * What the importer reads, whatever shape the report arrived in: a web page, a PDF, or text.
 * `readDocument` (input/read-document.ts) turns the bytes of a file into one of these; the table
 * readers take it from there and never see bytes, markup or PDF operators.
 */

/** The shape the report arrived in, detected from the content, never from a file name. */
export type SourceKind = 'html' | 'pdf' | 'text'

/** How the bytes were decoded, and how the importer knew. */
export type Decoding = {
  /** For a PDF, 'utf-8': its text comes as Unicode from its fonts (`from: 'pdf'`). */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'
  /**
   * 'bom'; 'meta' (an HTML `<meta charset>` / http-equiv, where the bytes agree with it);
   * 'content' (UTF-16 from its NUL bytes, strict UTF-8, or GB18030 that reads as Chinese); 'pdf'.
   */
  from: 'bom' | 'meta' | 'content' | 'pdf'
}

/** One cell of a table, as published. */
export type Cell = {
  /**
   * The cell's text: inline tags joined, entities decoded, `&nbsp;` and runs of space as one space,
   * trimmed; paragraphs or `<br>` lines inside the cell joined with nothing between Chinese
   * characters, else with a space. A nested table's text is not in it (it is a grid of its own).
   */
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
  /**
   * 1-based line of `Document.lines` on which this row is printed. A row that prints nothing (all
   * its own cells blank, or all spanned from rows above) points at the line printed before it.
   */
  line: number
}

/**
 * A table of the document with its structure: from `<table>` markup or from positioned PDF text.
 * `Document.tables` holds the tables inside the article (web page), or the runs of tabular lines
 * (PDF: best effort, one row per printed line, no spans across rows).
 */
export type Grid = {
  /**
   * 0-based: the document's n-th table, counting every table (layout tables of the page chrome
   * too, so that the n-th `<table>` of the page source is found). For a PDF, the n-th grid found.
   */
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
   * line per printed line, cells apart by runs of (at least two) spaces as `pdftotext -layout`
   * writes them, and a line holding only a form feed (`\f`) between pages. For text: the file's
   * lines as given (form feeds kept), so that line numbers are the file's.
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
