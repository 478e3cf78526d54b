import { sourceLineId } from '../source-link.ts'

/** The report's text with a numbered anchor per line; `:target` highlights a cited line. */
export function SourceView({ lines, label }: { lines: readonly string[]; label: string }) {
  return (
    // A scrolling region: focusable so that keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1)
    <ol className="source-text" lang="zh-CN" tabIndex={0} aria-label={label}>
      {lines.map((line, index) => {
        const number = index + 1
        return (
          <li key={number} id={sourceLineId(number)} value={number}>
            {line || '\u00a0'}
          </li>
        )
      })}
    </ol>
  )
}
