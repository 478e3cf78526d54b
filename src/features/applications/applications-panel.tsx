import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { CategoryPanel, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { FigureChart } from '../statistics-table/figure-chart.tsx'
import { StatisticsTable } from '../statistics-table/statistics-table.tsx'
import { allZero } from '../statistics-table/table-rows.ts'
import { buildApplicationChannelsOption, RECEIVED_BY_CHANNEL } from './channels-option.ts'
import { labels } from './labels.ts'

const RECEIVED = 'applications.received'
const FEES = 'applications.fees'

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function ApplicationsPanel({ reportId, locale, palette }: Props) {
  return (
    <CategoryPanel
      reportId={reportId}
      category="applications"
      title={pick(labels.title, locale)}
      locale={locale}
      minHeight={965}
    >
      {(figures) => (
        <>
          {allZero(figures, [RECEIVED]) ? (
            <p className="panel-lead">
              <strong>{pick(labels.noneReceived, locale)}</strong>
            </p>
          ) : (
            (figures.get(RECEIVED)?.value ?? 0) > 0 && (
              <>
                <p className="panel-lead">{pick(labels.byChannel, locale)}</p>
                <FigureChart
                  build={buildApplicationChannelsOption}
                  list={RECEIVED_BY_CHANNEL}
                  kind="bar"
                  height={220}
                  figures={figures}
                  locale={locale}
                  palette={palette}
                />
              </>
            )
          )}
          <FigureList figures={pickFigures(figures, [FEES])} index={figures} locale={locale} />
          <StatisticsTable
            figures={figures}
            caption={pick(labels.tableCaption, locale)}
            locale={locale}
            omit={[FEES]}
          />
        </>
      )}
    </CategoryPanel>
  )
}
