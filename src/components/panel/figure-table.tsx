import type { Figure } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sectionLabel } from '#src/lib/section-label.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { figureSource } from './figure-rows.ts'

type Props = {
  caption: string
  figures: readonly Figure[]
  index: Map<string, Figure>
  locale: Locale
}

/** The figures a chart draws, as an accessible table with each figure's source. */
export function FigureTable({ caption, figures, index, locale }: Props) {
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator', locale)}</th>
            <th scope="col">{t('figure', locale)}</th>
            <th scope="col">{t('note', locale)}</th>
            <th scope="col">{t('source', locale)}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const source = figureSource(figure, index)
            return (
              <tr key={figure.id}>
                <th scope="row">{pick(figure.label, locale)}</th>
                <td className="figure-table-value">{formatFigureWithUnit(figure, locale)}</td>
                <td>
                  {figure.kind === 'computed'
                    ? `${t('computed', locale)}: ${figure.computed.expression}`
                    : figure.approximate
                      ? `${t('approximate', locale)}: “${figure.asWritten}”`
                      : ''}
                </td>
                <td>
                  {source && (
                    <>
                      <a className="source-link" href={sourceLineHref(source.line)}>
                        {sectionLabel(source.section, locale)} ·{' '}
                        {t('line', locale, { n: source.line })}
                      </a>
                      <q lang="zh-CN" className="figure-table-quote">
                        {source.quote}
                      </q>
                    </>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
