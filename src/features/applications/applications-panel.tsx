import { chartSentence } from '#src/components/chart/chart-sentence.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { StatisticsTable } from '#src/components/panel/statistics-table.tsx'
import { allZero } from '#src/components/panel/table-rows.ts'
import { pickFigures } from '#src/domain/figures.ts'
import { pick } from '#src/lib/locale.ts'
import { buildApplicationChannelsOption, RECEIVED_BY_CHANNEL } from './channels-option.ts'
import { APPLICATIONS_LABELS } from './labels.ts'

const RECEIVED = 'applications.received'
const FEES = 'applications.fees'

export function ApplicationsPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="applications"
      title={pick(APPLICATIONS_LABELS.title, props.locale)}
      minHeight={965}
      body={ApplicationsBody}
    />
  )
}

function ApplicationsBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  return (
    <>
      {allZero(figures, [RECEIVED]) ? (
        <p className="panel-lead">
          <strong>{pick(APPLICATIONS_LABELS.noneReceived, locale)}</strong>
        </p>
      ) : (
        (figures.get(RECEIVED)?.value ?? 0) > 0 && (
          <>
            <p className="panel-lead">{pick(APPLICATIONS_LABELS.byChannel, locale)}</p>
            <ChartWithSelection
              {...chart}
              build={buildApplicationChannelsOption}
              label={chartSentence('bar', figures, RECEIVED_BY_CHANNEL, locale)}
              height={220}
            />
          </>
        )
      )}
      <FigureList figures={pickFigures(figures, [FEES])} index={figures} locale={locale} />
      <StatisticsTable
        figures={figures}
        caption={pick(APPLICATIONS_LABELS.tableCaption, locale)}
        locale={locale}
        omit={[FEES]}
      />
    </>
  )
}
