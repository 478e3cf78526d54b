import { Fragment, useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { sourceLine } from '../../domain/figures.ts'
import { formatFigureWithUnit, NOT_REPORTED } from '../../lib/format.ts'
import type { Locale } from '../../lib/locale.ts'
import { t } from '../../lib/messages.ts'
import { CategoryPanel, type FigureMap, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import { sourceLineHref } from '../source/source-link.ts'
import {
  buildEnforcementOption,
  enforcementSentence,
  licensingMismatch,
} from './enforcement-option.ts'
import { proactiveLabel } from './labels.ts'

/** Figures of parts 1, 2 and 8 that a bar would say less about than a row. */
const PLATFORM_IDS = [
  'proactive.online-bureau.kinds',
  'proactive.online-bureau.items',
  'proactive.channel.weibo-wechat',
]

/** The table's rows on normative documents, under (一) 主动公开政府信息数. */
const NORMATIVE_IDS = ['proactive.normative-docs', 'proactive.normative-docs-issued']

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function EnforcementDisclosurePanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="proactive"
      title={proactiveLabel('enforcementTitle', locale)}
      locale={locale}
      minHeight={756}
    >
      {(figures) => (
        <EnforcementBody
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

function EnforcementBody({
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
    () => buildEnforcementOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
  const mismatch = licensingMismatch(figures, locale)
  const platforms = pickFigures(figures, PLATFORM_IDS)
  const normative = pickFigures(figures, NORMATIVE_IDS)
  const total = figures.get('proactive.total')
  return (
    <>
      <p className="panel-lead">{proactiveLabel('enforcementLead', locale)}</p>
      <ChartHost
        option={option}
        height={220}
        label={enforcementSentence(figures, locale)}
        onSelect={onSelect}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
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
