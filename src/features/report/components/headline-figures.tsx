import { figureIndex, sourceLine } from '#src/domain/figures.ts'
import type { Category, Report, TableFormat } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { FigureCard } from './figure-card.tsx'

/** The figures leadership asks for first, in this order, by the report's table format. */
const NEWER_HEADLINES = [
  'applications.new.total',
  'applications.granted.total',
  'proactive.normative-documents.issued',
  'proactive.penalties.decisions',
  'review.total',
  'litigation.all.total',
]
export const HEADLINE_IDS: Record<TableFormat, readonly string[]> = {
  'national-2015': [
    'proactive.total',
    'interpretation.policy-interpretations',
    'interpretation.weibo-wechat-responses',
    'requests.hotline.close-rate',
    'online.registered',
    'applications.received',
  ],
  'national-2019': NEWER_HEADLINES,
  'national-2021': NEWER_HEADLINES,
  'fujian-provincial': [
    'proactive.total',
    'applications.received',
    'applications.answered',
    'applications.answered.granted',
    'review.total',
    'litigation.total',
  ],
}

type Props = {
  report: Report
  locale: Locale
  /** Whether a category passes the active filter. */
  shown: (category: Category) => boolean
}

export function HeadlineFigures({ report, locale, shown }: Props) {
  const index = figureIndex(report.metrics)
  const figures = HEADLINE_IDS[report.meta.tableFormat].flatMap((id) => {
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
