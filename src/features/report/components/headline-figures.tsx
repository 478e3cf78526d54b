import { figureIndex, sourceLine } from '../../../domain/figures.ts'
import type { Category, Report } from '../../../domain/report-schema.ts'
import type { Locale } from '../../../lib/locale.ts'
import { t } from '../../../lib/messages.ts'
import { FigureCard } from './figure-card.tsx'

/** The figures leadership asks for first, in this order. */
export const HEADLINE_IDS = [
  'proactive.total',
  'interpretation.policy-interpretations',
  'interpretation.weibo-wechat-responses',
  'requests.hotline.close-rate',
  'online.registered',
  'applications.received',
] as const

type Props = {
  report: Report
  locale: Locale
  /** Whether a category passes the active filter. */
  shown: (category: Category) => boolean
}

export function HeadlineFigures({ report, locale, shown }: Props) {
  const index = figureIndex(report.metrics)
  const figures = HEADLINE_IDS.flatMap((id) => {
    const figure = index.get(id)
    return figure && shown(figure.category) ? [figure] : []
  })
  if (figures.length === 0)
    return <p className="panel-status">{t('noHeadlineForFilter', locale)}</p>
  return (
    <div className="figure-grid">
      {figures.map((figure) => (
        <FigureCard
          key={figure.id}
          figure={figure}
          locale={locale}
          sections={report.sections}
          line={sourceLine(figure, index)}
        />
      ))}
    </div>
  )
}
