import { type Figure, type FigureMap, sourceLine } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'

type Props = {
  figure: Figure
  index: FigureMap
  locale: Locale
  /** The name it is stated under; the figure's own label when not given. */
  label?: string
}

/** A panel's lead figure, stated in words above its chart: "总计: 3119 件 第126行". */
export function LeadFigure({ figure, index, locale, label }: Props) {
  const line = sourceLine(figure, index)
  return (
    <p className="panel-lead" data-figure={figure.id}>
      {label ?? pick(figure.label, locale)}
      {locale === 'zh' ? '：' : ': '}
      <strong className={figure.value === null ? 'is-missing' : undefined}>
        {formatFigureWithUnit(figure, locale)}
      </strong>
      {line !== null && (
        <>
          {' '}
          <a className="source-link" href={sourceLineHref(line)}>
            {t('line', locale, { n: line })}
          </a>
        </>
      )}
    </p>
  )
}
