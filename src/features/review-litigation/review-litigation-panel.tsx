import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { CategoryPanel } from '../report/components/category-panel.tsx'
import { FigureChart } from '../statistics-table/figure-chart.tsx'
import { StatisticsTable } from '../statistics-table/statistics-table.tsx'
import { allZero } from '../statistics-table/table-rows.ts'
import { labels } from './labels.ts'
import { buildReviewTotalsOption, TOTALS } from './totals-option.ts'

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function ReviewLitigationPanel({ reportId, locale, palette }: Props) {
  return (
    <CategoryPanel
      reportId={reportId}
      category="review-litigation"
      title={pick(labels.title, locale)}
      locale={locale}
      minHeight={500}
    >
      {(figures) => (
        <>
          {allZero(
            figures,
            TOTALS.map((total) => total.id),
          ) ? (
            <p className="panel-lead">
              <strong>{pick(labels.noneThisYear, locale)}</strong>
            </p>
          ) : (
            <FigureChart
              build={buildReviewTotalsOption}
              list={TOTALS}
              kind="bar"
              height={220}
              figures={figures}
              locale={locale}
              palette={palette}
            />
          )}
          <StatisticsTable
            figures={figures}
            caption={pick(labels.tableCaption, locale)}
            locale={locale}
          />
        </>
      )}
    </CategoryPanel>
  )
}
