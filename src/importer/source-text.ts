import type { Document } from './input/document.ts'
import type { ImportResult } from './types.ts'

/**
 * The report's text as the dataset keeps it (`data/reports/<id>.source.txt`): for a web page or a
 * PDF, provenance lines starting with "#" (where it was published, how it was read), then the
 * document's lines; a text file is kept as it is. The figures' lines move down with the header.
 */
export function sourceText(
  doc: Document,
  result: ImportResult,
  file: string,
): { text: string; result: ImportResult } {
  if (doc.kind === 'text') return { text: doc.lines.join('\n'), result }
  const { url, publishedOn, publisher, title } = doc.meta
  const header = [
    `# source: ${url ?? file}${publishedOn ? ` (published ${publishedOn})` : ''}${publisher ? ` · ${publisher}` : ''}`,
    `# ${title ? `${title} · ` : ''}read from the ${doc.kind === 'html' ? 'web page' : 'PDF'} (${doc.decoding.encoding}) by npm run import; each table row is one line, its cells apart by tabs`,
  ]
  const shift = header.length
  const moved: ImportResult = {
    ...result,
    tables: result.tables.map((t) => ({
      ...t,
      firstLine: t.firstLine + shift,
      lastLine: t.lastLine + shift,
    })),
    figures: result.figures.map((f) => ({ ...f, line: f.line + shift })),
    problems: result.problems.map((p) => (p.line === null ? p : { ...p, line: p.line + shift })),
    checks: result.checks.map((c) => ({
      ...c,
      figures: c.figures.map((f) => ({ ...f, line: f.line + shift })),
    })),
    headings: result.headings.map((h) => ({ ...h, line: h.line + shift })),
  }
  return { text: `${[...header, ...doc.lines].join('\n')}\n`, result: moved }
}
