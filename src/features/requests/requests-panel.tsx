import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { pick } from '#src/lib/locale.ts'
import { hotlineDrawing } from './hotline-option.ts'
import { REQUESTS_LABELS } from './labels.ts'
import { requestsChart } from './requests-chart.ts'

/** The computed rate first, then the rate the report states. */
const RATE_IDS = ['requests.hotline.close-rate', 'requests.hotline.close-rate-stated']
const OTHER_IDS = [
  'requests.platform-51890.handled',
  'requests.weibo-wechat.replies',
  'requests.weibo.leads',
  'requests.weibo-wechat.reply-rate',
]

export function RequestsPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="requests"
      title={pick(REQUESTS_LABELS.requestsTitle, props.locale)}
      minHeight={710}
      body={RequestsBody}
    />
  )
}

function RequestsBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  return (
    <>
      <p className="panel-lead">{pick(REQUESTS_LABELS.hotline, locale)}</p>
      <ChartWithSelection
        {...chart}
        build={hotlineDrawing.build}
        label={hotlineDrawing.describe(figures, locale)}
        height={requestsChart.chart.height}
      />
      <p className="panel-note">{pick(REQUESTS_LABELS.rates, locale)}</p>
      <FigureList figures={pickFigures(figures, RATE_IDS)} index={figures} locale={locale} />
      <p className="panel-note">{pick(REQUESTS_LABELS.otherChannels, locale)}</p>
      <FigureList figures={pickFigures(figures, OTHER_IDS)} index={figures} locale={locale} />
    </>
  )
}
