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
import {
  buildOnlineServicesOption,
  USER_STEPS,
  VERIFICATION_RATE_ID,
  verificationRateText,
} from './online-services-option.ts'
import './online-services.css'

/** Figures of the platform (三, line 33) besides its users. */
const PLATFORM_IDS = [VERIFICATION_RATE_ID, 'online.items', 'online.cases', 'online.consultations']
/** A goal the report sets, not a result: shown apart, never as an achievement. */
const TARGET_IDS = ['online.target-share']
/** The catalogue and licence clean-up (九, line 61). */
const CATALOGUE_IDS = ['online.service-catalogue', 'online.licences-retained']

/** Height of the loaded panel at 1366 px (three columns), measured per locale: English wraps more. */
const MIN_HEIGHT: Record<Locale, number> = { zh: 720, en: 920 }

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function OnlineServicesPanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="online-services"
      title={label('onlineServicesTitle', locale)}
      locale={locale}
      minHeight={MIN_HEIGHT[locale]}
    >
      {(figures) => (
        <OnlineServicesBody
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

function OnlineServicesBody({
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
    () => buildOnlineServicesOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
  const users = pickFigures(
    figures,
    USER_STEPS.map((step) => step.id),
  )
  const rate = verificationRateText(figures, locale)
  const chartLabel = [
    ...users.map(
      (figure) => `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`,
    ),
    ...(rate
      ? [`${pick(figures.get(VERIFICATION_RATE_ID)?.label ?? { zh: '', en: '' }, locale)} ${rate}`]
      : []),
  ].join(locale === 'zh' ? '；' : '; ')
  const items = figures.get('online.items')
  const platformLine = items ? sourceLine(items, figures) : null
  const target = pickFigures(figures, TARGET_IDS)
  const catalogue = pickFigures(figures, CATALOGUE_IDS)
  return (
    <>
      {users.some((figure) => figure.value !== null) && (
        <ChartHost option={option} height={170} label={chartLabel} onSelect={onSelect} />
      )}
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
      <FigureList
        figures={[
          ...users.filter((figure) => figure.value === null),
          ...pickFigures(figures, PLATFORM_IDS),
        ]}
        index={figures}
        locale={locale}
        selected={selected}
      />
      <p className="online-services-note">
        {label('platformSince', locale)}
        {platformLine !== null && (
          <>
            {' '}
            <a className="source-link" href={sourceLineHref(platformLine)}>
              {t('line', locale, { n: platformLine })}
            </a>
          </>
        )}
      </p>
      {target.length > 0 && (
        <section aria-label={label('targetHeading', locale)}>
          <h3 className="online-services-heading">{label('targetHeading', locale)}</h3>
          <FigureList figures={target} index={figures} locale={locale} />
          <p className="online-services-note">{label('targetNote', locale)}</p>
        </section>
      )}
      {catalogue.length > 0 && (
        <section aria-label={label('catalogueHeading', locale)}>
          <h3 className="online-services-heading">{label('catalogueHeading', locale)}</h3>
          <FigureList figures={catalogue} index={figures} locale={locale} />
        </section>
      )}
    </>
  )
}
