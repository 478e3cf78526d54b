import { useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { t } from '../../lib/messages.ts'
import { CategoryPanel, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import { buildChannelSplitOption, CHANNELS } from './channel-split-option.ts'

const TEXT_CHANNEL_IDS = ['proactive.channel.police-website', 'proactive.channel.news-media']

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function ChannelSplitPanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="proactive"
      title={t('channelSplitTitle', locale)}
      locale={locale}
      minHeight={560}
    >
      {(figures) => (
        <ChannelSplitBody
          figures={figures}
          locale={locale}
          palette={palette}
          selected={selected}
          onSelect={setSelected}
        />
      )}
    </CategoryPanel>
  )
}

function ChannelSplitBody({
  figures,
  locale,
  palette,
  selected,
  onSelect,
}: Omit<Props, 'reportId'> & {
  figures: Parameters<typeof buildChannelSplitOption>[0]['figures']
  selected: string | null
  onSelect: (id: string) => void
}) {
  const option = useMemo(
    () => buildChannelSplitOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
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
      <ChartHost
        option={option}
        height={300}
        label={channels
          .map((figure) => `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`)
          .join('; ')}
        onSelect={onSelect}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
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
