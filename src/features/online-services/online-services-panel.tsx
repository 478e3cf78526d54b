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
import { onlineServicesChart } from './online-services-chart.ts'
import {
  onlineServicesDrawing,
  USER_STEPS,
  VERIFICATION_RATE_ID,
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

export function OnlineServicesPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="online-services"
      title={onlineServicesLabel('onlineServicesTitle', props.locale)}
      minHeight={MIN_HEIGHT[props.locale]}
      body={OnlineServicesBody}
    />
  )
}

function OnlineServicesBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const users = pickFigures(
    figures,
    USER_STEPS.map((step) => step.id),
  )
  const items = figures.get('online.items')
  const platformLine = items ? sourceLine(items, figures) : null
  const target = pickFigures(figures, TARGET_IDS)
  const catalogue = pickFigures(figures, CATALOGUE_IDS)
  return (
    <>
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={onlineServicesDrawing.build}
        height={onlineServicesChart.chart.height}
        label={onlineServicesDrawing.describe(figures, locale)}
        showChart={users.some((figure) => figure.value !== null)}
      />
      <FigureList
        figures={[
          ...users.filter((figure) => figure.value === null),
          ...pickFigures(figures, PLATFORM_IDS),
        ]}
        index={figures}
        locale={locale}
        selected={selection.selected}
      />
      <p className="online-services-note">
        {onlineServicesLabel('platformSince', locale)}
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
        <section aria-label={onlineServicesLabel('targetHeading', locale)}>
          <h3 className="online-services-heading">
            {onlineServicesLabel('targetHeading', locale)}
          </h3>
          <FigureList figures={target} index={figures} locale={locale} />
          <p className="online-services-note">{onlineServicesLabel('targetNote', locale)}</p>
        </section>
      )}
      {catalogue.length > 0 && (
        <section aria-label={onlineServicesLabel('catalogueHeading', locale)}>
          <h3 className="online-services-heading">
            {onlineServicesLabel('catalogueHeading', locale)}
          </h3>
          <FigureList figures={catalogue} index={figures} locale={locale} />
        </section>
      )}
    </>
  )
}
