import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'
import { channelSplitChart } from './channel-split-chart.ts'
import { channelSplitDrawing } from './channel-split-option.ts'
import { PROACTIVE_LABELS } from './labels.ts'

const TEXT_CHANNEL_IDS = ['proactive.channel.police-website', 'proactive.channel.news-media']

export function ChannelSplitPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="proactive"
      title={pick(channelSplitChart.title, props.locale)}
      minHeight={560}
      body={ChannelSplitBody}
    />
  )
}

function ChannelSplitBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const total = figures.get('proactive.total')
  return (
    <>
      {total && (
        <p className="panel-lead">
          {pick(total.label, locale)}: <strong>{formatFigureWithUnit(total, locale)}</strong>
        </p>
      )}
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={channelSplitDrawing.build}
        height={channelSplitChart.chart.height}
        label={channelSplitDrawing.describe(figures, locale)}
      />
      <p className="panel-note">{pick(PROACTIVE_LABELS.notSummed, locale)}</p>
      <FigureList
        figures={pickFigures(figures, TEXT_CHANNEL_IDS)}
        index={figures}
        locale={locale}
      />
    </>
  )
}
