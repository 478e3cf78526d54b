import { chartSentence } from '#src/components/chart/chart-sentence.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { StatisticsTable } from '#src/components/panel/statistics-table.tsx'
import { allZero } from '#src/components/panel/table-rows.ts'
import { pick } from '#src/lib/locale.ts'
import { REVIEW_LITIGATION_LABELS } from './labels.ts'
import { buildReviewTotalsOption, TOTALS } from './totals-option.ts'

export function ReviewLitigationPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="review-litigation"
      title={pick(REVIEW_LITIGATION_LABELS.title, props.locale)}
      minHeight={500}
      body={ReviewLitigationBody}
    />
  )
}

function ReviewLitigationBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  return (
    <>
      {allZero(
        figures,
        TOTALS.map((total) => total.id),
      ) ? (
        <p className="panel-lead">
          <strong>{pick(REVIEW_LITIGATION_LABELS.noneThisYear, locale)}</strong>
        </p>
      ) : (
        <ChartWithSelection
          {...chart}
          build={buildReviewTotalsOption}
          label={chartSentence('bar', figures, TOTALS, locale)}
          height={220}
        />
      )}
      <StatisticsTable
        figures={figures}
        caption={pick(REVIEW_LITIGATION_LABELS.tableCaption, locale)}
        locale={locale}
      />
    </>
  )
}
