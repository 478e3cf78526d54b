import { figureWords } from '#src/components/chart/chart-figures.ts'
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
import { t } from '#src/lib/messages.ts'
import { buildChannelSplitOption, CHANNELS } from './channel-split-option.ts'

const TEXT_CHANNEL_IDS = ['proactive.channel.police-website', 'proactive.channel.news-media']

export function ChannelSplitPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="proactive"
      title={t('channelSplitTitle', props.locale)}
      minHeight={560}
      body={ChannelSplitBody}
    />
  )
}

function ChannelSplitBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const total = figures.get('proactive.total')
  const channels = pickFigures(
    figures,
    CHANNELS.map((channel) => channel.id),
  )
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
        build={buildChannelSplitOption}
        height={300}
        label={channels.map((figure) => figureWords(figure, locale)).join('; ')}
      />
      <p className="panel-note">{t('notSummed', locale)}</p>
      <FigureList
        figures={pickFigures(figures, TEXT_CHANNEL_IDS)}
        index={figures}
        locale={locale}
      />
    </>
  )
}
