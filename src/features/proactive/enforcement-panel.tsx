import { Fragment } from 'react'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures, sourceLine } from '#src/domain/figures.ts'
import { formatFigureWithUnit, NOT_REPORTED } from '#src/lib/format.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { enforcementChart } from './enforcement-chart.ts'
import { enforcementDrawing, licensingMismatch } from './enforcement-option.ts'
import { proactiveLabel } from './labels.ts'

/** Figures of parts 1, 2 and 8 that a bar would say less about than a row. */
const PLATFORM_IDS = [
  'proactive.online-bureau.kinds',
  'proactive.online-bureau.items',
  'proactive.channel.weibo-wechat',
]

/** The table's rows on normative documents, under (一) 主动公开政府信息数. */
const NORMATIVE_IDS = ['proactive.normative-docs', 'proactive.normative-docs-issued']

export function EnforcementDisclosurePanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="proactive"
      title={proactiveLabel('enforcementTitle', props.locale)}
      minHeight={756}
      body={EnforcementBody}
    />
  )
}

function EnforcementBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const mismatch = licensingMismatch(figures, locale)
  const platforms = pickFigures(figures, PLATFORM_IDS)
  const normative = pickFigures(figures, NORMATIVE_IDS)
  const total = figures.get('proactive.total')
  return (
    <>
      <p className="panel-lead">{proactiveLabel('enforcementLead', locale)}</p>
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={enforcementDrawing.build}
        height={enforcementChart.chart.height}
        label={enforcementDrawing.describe(figures, locale)}
      />
      {mismatch && (
        <p className="panel-note">
          {mismatch.text}
          {[mismatch.summary, mismatch.platforms].map((figure) => {
            const line = sourceLine(figure, figures)
            return line === null ? null : (
              <Fragment key={figure.id}>
                {' '}
                <a className="source-link" href={sourceLineHref(line)}>
                  {t('line', locale, { n: line })}
                </a>
              </Fragment>
            )
          })}
        </p>
      )}
      {platforms.length > 0 && (
        <>
          <p className="panel-note">{proactiveLabel('platformsNote', locale)}</p>
          <FigureList figures={platforms} index={figures} locale={locale} />
        </>
      )}
      {normative.length > 0 && (
        <>
          <p className="panel-note">
            {proactiveLabel('normativeNote', locale, {
              total: total ? formatFigureWithUnit(total, locale) : NOT_REPORTED[locale],
            })}
          </p>
          <FigureList figures={normative} index={figures} locale={locale} />
        </>
      )}
    </>
  )
}
