import type { ComparableValue } from '#src/domain/comparable-figures.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { type Column, type Comparison, columnName, rowName } from './comparison.ts'
import { cellText } from './comparison-option.ts'
import { compareLabel, FORMAT_SHORT } from './labels.ts'

/** The URL of a compared report's source line. */
export type LineHref = (column: Column, line: number) => string

type Props = { comparison: Comparison; caption: string; locale: Locale; lineHref: LineHref }

/** Figure by figure, one column per report, every value with its source lines and notes. */
export function ComparisonTable({ comparison, caption, locale, lineHref }: Props) {
  const { columns, rows } = comparison
  return (
    <div className="table-scroll">
      <table className="figure-table compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator', locale)}</th>
            {columns.map((column) => (
              <th scope="col" key={column.reportId}>
                {columnName(column, columns, locale)}
                <span className="compare-format">{pick(FORMAT_SHORT[column.format], locale)}</span>
              </th>
            ))}
            <th scope="col">{t('note', locale)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.figure.id}>
              <th scope="row">{rowName(row, locale)}</th>
              {row.cells.map((cell, index) => {
                const column = columns[index]
                return (
                  <td key={column?.reportId ?? index}>
                    {column && (
                      <Cell cell={cell} column={column} locale={locale} lineHref={lineHref} />
                    )}
                  </td>
                )
              })}
              <td>
                {row.match === 'approximate' && row.figure.match.kind === 'approximate' && (
                  <>
                    <strong>
                      ≈ {compareLabel('approximateMatch', locale)}
                      {locale === 'zh' ? '：' : ': '}
                    </strong>
                    {pick(row.figure.match.note, locale)}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

type CellProps = { cell: ComparableValue; column: Column; locale: Locale; lineHref: LineHref }

function Cell({ cell, column, locale, lineHref }: CellProps) {
  if (cell.status === 'not-in-format') {
    return (
      <>
        <span className="compare-absent">{cellText(cell, locale)}</span>
        {cell.reason && <span className="compare-reason">{pick(cell.reason, locale)}</span>}
      </>
    )
  }
  const lines = new Map<number, string>()
  for (const { citation, section } of cell.sources) {
    if (citation && !lines.has(citation.line)) {
      lines.set(citation.line, `${section ? `${pick(section, locale)} · ` : ''}${citation.quote}`)
    }
  }
  return (
    <>
      <span className="figure-table-value">{cellText(cell, locale)}</span>
      {cell.how === 'sum' && (
        <span className="compare-computed">
          {t('computed', locale)}
          {cell.expression ? `: ${cell.expression}` : ''}
        </span>
      )}
      <span className="compare-sources">
        {[...lines].map(([line, quote]) => (
          <a key={line} className="source-link" href={lineHref(column, line)} title={quote}>
            {t('line', locale, { n: line })}
          </a>
        ))}
      </span>
    </>
  )
}
