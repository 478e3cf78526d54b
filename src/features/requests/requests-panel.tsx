import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { CategoryPanel, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { FigureChart } from '../statistics-table/figure-chart.tsx'
import { buildHotlineOption, HOTLINE } from './hotline-option.ts'
import { labels } from './labels.ts'

/** The computed rate first, then the rate the report states. */
const RATE_IDS = ['requests.hotline.close-rate', 'requests.hotline.close-rate-stated']
const OTHER_IDS = [
  'requests.platform-51890.handled',
  'requests.weibo-wechat.replies',
  'requests.weibo.leads',
  'requests.weibo-wechat.reply-rate',
]

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function RequestsPanel({ reportId, locale, palette }: Props) {
  return (
    <CategoryPanel
      reportId={reportId}
      category="requests"
      title={pick(labels.requestsTitle, locale)}
      locale={locale}
      minHeight={710}
    >
      {(figures) => (
        <>
          <p className="panel-lead">{pick(labels.hotline, locale)}</p>
          <FigureChart
            build={buildHotlineOption}
            list={HOTLINE}
            kind="bar"
            height={220}
            figures={figures}
            locale={locale}
            palette={palette}
          />
          <p className="panel-note">{pick(labels.rates, locale)}</p>
          <FigureList figures={pickFigures(figures, RATE_IDS)} index={figures} locale={locale} />
          <p className="panel-note">{pick(labels.otherChannels, locale)}</p>
          <FigureList figures={pickFigures(figures, OTHER_IDS)} index={figures} locale={locale} />
        </>
      )}
    </CategoryPanel>
  )
}
