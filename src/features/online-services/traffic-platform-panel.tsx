import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures, sourceLine } from '#src/domain/figures.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { onlineServicesLabel } from './labels.ts'
import { trafficPlatformChart } from './traffic-platform-chart.ts'
import { trafficPlatformDrawing } from './traffic-platform-option.ts'
import './online-services.css'
import { TRAFFIC_ITEMS, trafficBars } from './traffic-platform-option.ts'

/** Height of the loaded panel at 1366 px (three columns), measured per locale. */
const MIN_HEIGHT: Record<Locale, number> = { zh: 480, en: 540 }

export function TrafficPlatformPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="online-services"
      title={onlineServicesLabel('trafficPlatformTitle', props.locale)}
      minHeight={MIN_HEIGHT[props.locale]}
      body={TrafficPlatformBody}
    />
  )
}

function TrafficPlatformBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const bars = trafficBars(figures)
  // Figures the report leaves blank get no bar; they are listed as not reported instead.
  const blank = pickFigures(
    figures,
    TRAFFIC_ITEMS.map((item) => item.id),
  ).filter((figure) => figure.value === null)
  const first = bars[0]
  const line = first ? sourceLine(first.figure, figures) : null
  const anyApproximate = bars.some(({ figure }) => figure.kind === 'reported' && figure.approximate)
  if (!first) return <FigureList figures={blank} index={figures} locale={locale} />
  return (
    <>
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={trafficPlatformDrawing.build}
        height={trafficPlatformChart.chart.height}
        label={trafficPlatformDrawing.describe(figures, locale)}
      />
      {blank.length > 0 && <FigureList figures={blank} index={figures} locale={locale} />}
      <p className="online-services-note">
        {onlineServicesLabel('unitsDiffer', locale)}
        {anyApproximate &&
          `${locale === 'zh' ? '' : ' '}${onlineServicesLabel('approximateKey', locale)}`}
        {line !== null && (
          <>
            {' '}
            <a className="source-link" href={sourceLineHref(line)}>
              {t('source', locale)} · {t('line', locale, { n: line })}
            </a>
          </>
        )}
      </p>
    </>
  )
}
