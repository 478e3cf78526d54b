import { sourceLineId } from '#src/lib/source-link.ts'

/**
 * How many lines at the top of a report's text say where the file came from (`# source: …`,
 * `# extraction: …`, written by whoever extracted it) rather than being the report's own.
 */
export function provenanceLineCount(lines: readonly string[]): number {
  let count = 0
  while (lines[count]?.startsWith('# ')) count++
  return count
}

/**
 * The report's text with a numbered anchor per line; `:target` highlights a cited line. The
 * provenance lines at the top keep their numbers (citations count them) but are set apart.
 */
export function SourceView({
  lines,
  label,
  provenance = provenanceLineCount(lines),
}: {
  lines: readonly string[]
  label: string
  /** How many lines at the top are provenance (see provenanceLineCount). */
  provenance?: number
}) {
  return (
    // A scrolling region: focusable so that keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1)
    <ol className="source-text" lang="zh-CN" tabIndex={0} aria-label={label}>
      {lines.map((line, index) => {
        const number = index + 1
        return (
          <li
            key={number}
            id={sourceLineId(number)}
            value={number}
            {...(number <= provenance ? { className: 'source-provenance', lang: 'en' } : {})}
          >
            {line || '\u00a0'}
          </li>
        )
      })}
    </ol>
  )
}
