import { type Figure, type FigureMap, sourceLine } from '#src/domain/figures.ts'
import { formatFigure, unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'

type Props = {
  figures: readonly Figure[]
  index: FigureMap
  locale: Locale
  /** Id of the figure the user picked in the chart; it is highlighted. */
  selected?: string | null
}

/** Figures as a definition list: label, value with unit, approximate/computed notes, source. */
export function FigureList({ figures, index, locale, selected }: Props) {
  return (
    <dl className="figure-list">
      {figures.map((figure) => {
        const line = sourceLine(figure, index)
        const unit =
          figure.value === null || figure.unit === 'percent'
            ? ''
            : unitLabel(figure.unit, locale, figure.value)
        return (
          <div
            key={figure.id}
            className={`figure-row${selected === figure.id ? ' is-selected' : ''}`}
            data-figure={figure.id}
          >
            <dt>{pick(figure.label, locale)}</dt>
            <dd>
              <span className={`figure-row-value${figure.value === null ? ' is-missing' : ''}`}>
                {formatFigure(figure, locale)}
                {unit && ` ${unit}`}
              </span>
              {figure.kind === 'computed' && (
                <span className="badge" title={pick(figure.computed.method, locale)}>
                  {t('computed', locale)}: {figure.computed.expression}
                </span>
              )}
              {figure.kind === 'reported' && figure.approximate && (
                <span className="badge">{t('approximate', locale)}</span>
              )}
              {line !== null && (
                <a className="source-link" href={sourceLineHref(line)}>
                  {t('line', locale, { n: line })}
                </a>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
