import type { Report } from '../domain/report-schema.ts'
import { importedReport } from './dataset-rules.ts'
import { type DocumentImport, importDocument } from './import-document.ts'
import type { Document, UnreadableFile } from './input/document.ts'
import { readDocument } from './input/read-document.ts'
import { pageBase } from './page-base.ts'
import { pageSections } from './page-sections.ts'
import { sourceText } from './source-text.ts'
import type { ReportBase } from './to-dataset.ts'
import type { TableFormat } from './types.ts'

export type FileImport = {
  file: string
  /** Why the file could not be read at all (empty, binary, an image …). */
  unreadable: UnreadableFile | null
  document: Document | null
  result: DocumentImport | null
  /** The report's text as the dataset keeps it; the result's lines refer to it. */
  source: string | null
  /** The whole dataset report, when `report` was asked for and everything was read. */
  report: Report | null
  /** Why no dataset report was made (the first error, the schema's complaints). */
  refusals: { line: number | null; message: string }[]
}

export type FileImportOptions = {
  format?: TableFormat
  /** Make a dataset report: with this id, and the base's meta over what the page states. */
  report?: {
    id: string
    base: Partial<ReportBase> | null
    /** Fill what the base does not give from what the page states (batch imports); else the base is all. */
    fromPage?: boolean
  }
}

/** One file, from its bytes to the figures (and, when asked, a dataset report). Never throws. */
export async function importFile(
  file: string,
  bytes: Uint8Array,
  options: FileImportOptions = {},
): Promise<FileImport> {
  const none = { document: null, result: null, source: null, report: null }
  let read: Awaited<ReturnType<typeof readDocument>>
  try {
    read = await readDocument(bytes)
  } catch (error) {
    return {
      file,
      unreadable: null,
      ...none,
      refusals: [
        { line: null, message: `internal error while reading the file: ${String(error)}` },
      ],
    }
  }
  if (!read.ok)
    return {
      file,
      unreadable: read.error,
      ...none,
      refusals: [{ line: null, message: read.error.message }],
    }
  const document = read.document
  const raw = importDocument(document, options.format ? { format: options.format } : {})
  const moved = sourceText(document, raw, file)
  const result: DocumentImport = { ...moved.result, reading: raw.reading }
  const errors = result.problems
    .filter((p) => p.severity === 'error')
    .map(({ line, message }) => ({ line, message }))
  const out: FileImport = {
    file,
    unreadable: null,
    document,
    result,
    source: moved.text,
    report: null,
    refusals: errors,
  }
  if (!options.report || errors.length > 0 || !result.format) return out
  const lines = moved.text.split('\n')
  const given = options.report.base
  if (!options.report.fromPage && given) {
    const built = importedReport(moved.text, result, given as ReportBase)
    return built.ok
      ? { ...out, report: built.report }
      : {
          ...out,
          refusals: built.issues.map((message) => ({ line: null, message: `report: ${message}` })),
        }
  }
  const fromPage = pageBase(options.report.id, lines, result, document.meta.url)
  if (typeof fromPage === 'string' && !given?.meta)
    return {
      ...out,
      refusals: [{ line: null, message: `${fromPage}; give it in a base file (--base)` }],
    }
  const page = typeof fromPage === 'string' ? null : fromPage
  const base = {
    sections: pageSections(lines),
    ...page,
    ...given,
    id: given?.id ?? options.report.id,
    meta: {
      ...page?.meta,
      ...given?.meta,
      contact: { ...page?.meta.contact, ...given?.meta?.contact },
    },
  } as ReportBase
  const built = importedReport(moved.text, result, base)
  if (!built.ok)
    return {
      ...out,
      refusals: built.issues.map((message) => ({ line: null, message: `report: ${message}` })),
    }
  return { ...out, report: built.report }
}
