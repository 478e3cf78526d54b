import type { Figure } from '#src/domain/figures.ts'
import type { Section } from '#src/domain/report-schema.ts'
import { formatFigure, unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sectionLabel } from '#src/lib/section-label.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'

type Props = {
  figure: Figure
  locale: Locale
  sections: readonly Section[]
  line: number | null
}

/** One figure with its unit, its approximation or computation, and a link to its source line. */
export function FigureCard({ figure, locale, sections, line }: Props) {
  const value = formatFigure(figure, locale)
  const unit =
    figure.value === null || figure.unit === 'percent'
      ? ''
      : unitLabel(figure.unit, locale, figure.value)
  const sectionId = figure.kind === 'reported' ? figure.citations[0]?.section : undefined
  const section = sections.find((candidate) => candidate.id === sectionId)
  return (
    <figure className="figure-card" aria-label={pick(figure.label, locale)}>
      <figcaption>{pick(figure.label, locale)}</figcaption>
      <p className={`figure-value${figure.value === null ? ' is-missing' : ''}`}>
        <data value={figure.value ?? ''}>{value}</data>
        {unit && <span className="figure-unit"> {unit}</span>}
      </p>
      <p className="figure-notes">
        {figure.kind === 'computed' && (
          <span className="badge" title={pick(figure.computed.method, locale)}>
            {t('computed', locale)}: {figure.computed.expression}
          </span>
        )}
        {figure.kind === 'reported' && figure.approximate && (
          <span className="badge">
            {t('approximate', locale)}: “{figure.asWritten}”
          </span>
        )}
        {line !== null && (
          <a
            className="source-link"
            href={sourceLineHref(line)}
            title={section ? pick(section.heading, locale) : undefined}
          >
            {t('source', locale)}
            {sectionId ? ` · ${sectionLabel(sectionId, locale)}` : ''} ·{' '}
            {t('line', locale, { n: line })}
          </a>
        )}
      </p>
    </figure>
  )
}
