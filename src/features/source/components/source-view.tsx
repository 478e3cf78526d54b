import { sourceLineId } from '../source-link.ts'

/** The report's text with a numbered anchor per line; `:target` highlights a cited line. */
export function SourceView({ lines }: { lines: readonly string[] }) {
  return (
    <ol className="source-text" lang="zh-CN">
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
