import type { ComparableValue } from '#src/domain/comparable-figures.ts'
import type { Citation } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { type Comparison, columnName, rowName } from './comparison.ts'
import { cellText, parseBarId } from './comparison-option.ts'
import type { LineHref } from './comparison-table.tsx'
import { compareLabel } from './labels.ts'

type Props = {
  comparison: Comparison
  /** The clicked bar's id. */
  selected: string | null
  locale: Locale
  lineHref: LineHref
}

/** The bar the reader clicked: its figure and report, how it was computed, and its source rows. */
export function SelectedValue({ comparison, selected, locale, lineHref }: Props) {
  const bar = selected ? parseBarId(selected) : null
  const column = bar ? comparison.columns[bar.columnIndex] : undefined
  const row = comparison.rows.find((entry) => entry.figure.id === bar?.figureId)
  const cell = bar ? row?.cells[bar.columnIndex] : undefined
  // One live region from the start, so that the first selection is announced too.
  return (
    <div aria-live="polite">
      {row && column && cell ? (
        <div className="selected-figure">
          <p>
            <strong>{rowName(row, locale)}</strong> ·{' '}
            {columnName(column, comparison.columns, locale)}: {cellText(cell, locale)}
            {cell.expression && ` (${t('computed', locale)}: ${cell.expression})`}
          </p>
          {citedLines(cell).map((citation) => (
            <blockquote key={citation.line} lang="zh-CN">
              {citation.quote}{' '}
              <a className="source-link" href={lineHref(column, citation.line)}>
                {t('line', locale, { n: citation.line })}
              </a>
            </blockquote>
          ))}
        </div>
      ) : (
        <p className="selection-hint">{compareLabel('selectHint', locale)}</p>
      )}
    </div>
  )
}

/** The lines a value is read from, each once: a sum's rows often share one table line. */
function citedLines(cell: ComparableValue): Citation[] {
  const lines = new Map<number, Citation>()
  for (const { citation } of cell.sources) {
    if (citation && !lines.has(citation.line)) lines.set(citation.line, citation)
  }
  return [...lines.values()]
}
