import { type Figure, type FigureMap, sourceLine } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'

/** What the user clicked in a chart: the figure and the sentence or table row it comes from. */
export function SelectedFigure({
  figure,
  index,
  locale,
}: {
  figure: Figure | undefined
  index: FigureMap
  locale: Locale
}) {
  // One live region from the start, so that the first selection is announced too.
  return (
    <div aria-live="polite">
      {figure ? (
        <Chosen figure={figure} index={index} locale={locale} />
      ) : (
        <p className="selection-hint">{t('selectHint', locale)}</p>
      )}
    </div>
  )
}

function Chosen({ figure, index, locale }: { figure: Figure; index: FigureMap; locale: Locale }) {
  const line = sourceLine(figure, index)
  const citation = figure.kind === 'reported' ? figure.citations[0] : undefined
  const quote = citation?.quote
  const cell = citation?.cell
  return (
    <div className="selected-figure">
      <p>
        <strong>{pick(figure.label, locale)}</strong>: {formatFigureWithUnit(figure, locale)}
        {figure.kind === 'computed' && ` (${t('computed', locale)}: ${figure.computed.expression})`}
      </p>
      {quote && <blockquote lang="zh-CN">{quote.replaceAll('\t', ' | ')}</blockquote>}
      {cell && (
        <p className="panel-note">
          {t('tableCell', locale, {
            table: cell.table + 1,
            row: cell.row + 1,
            column: cell.column + 1,
          })}
        </p>
      )}
      {line !== null && (
        <a className="source-link" href={sourceLineHref(line)}>
          {t('sourceOf', locale)} · {t('line', locale, { n: line })}
        </a>
      )}
    </div>
  )
}
