import { useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { sourceLine } from '../../domain/figures.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { t } from '../../lib/messages.ts'
import { CategoryPanel, type FigureMap, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import { sourceLineHref } from '../source/source-link.ts'
import { label } from './labels.ts'
import './online-services.css'
import {
  buildTrafficPlatformOption,
  TRAFFIC_ITEMS,
  trafficBars,
} from './traffic-platform-option.ts'

/** Height of the loaded panel at 1366 px (three columns), measured per locale. */
const MIN_HEIGHT: Record<Locale, number> = { zh: 480, en: 540 }

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function TrafficPlatformPanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="online-services"
      title={label('trafficPlatformTitle', locale)}
      locale={locale}
      minHeight={MIN_HEIGHT[locale]}
    >
      {(figures) => (
        <TrafficPlatformBody
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

function TrafficPlatformBody({
  figures,
  locale,
  palette,
  selected,
  onSelect,
}: Omit<Props, 'reportId'> & {
  figures: FigureMap
  selected: string | null
  onSelect: (id: string) => void
}) {
  const option = useMemo(
    () => buildTrafficPlatformOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
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
      <ChartHost
        option={option}
        height={320}
        label={bars
          .map(
            ({ figure }) => `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`,
          )
          .join(locale === 'zh' ? '；' : '; ')}
        onSelect={onSelect}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
      {blank.length > 0 && <FigureList figures={blank} index={figures} locale={locale} />}
      <p className="online-services-note">
        {label('unitsDiffer', locale)}
        {anyApproximate && `${locale === 'zh' ? '' : ' '}${label('approximateKey', locale)}`}
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
