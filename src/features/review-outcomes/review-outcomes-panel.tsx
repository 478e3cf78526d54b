import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { allZero } from '#src/components/panel/table-rows.ts'
import { pickFigures } from '#src/domain/figures.ts'
import { pick } from '#src/lib/locale.ts'
import { REVIEW_OUTCOMES_LABELS, reviewOutcomesLabel } from './labels.ts'
import {
  BODIES,
  bodyTotalId,
  buildReviewOutcomesOption,
  REVIEW_OUTCOMES,
  reviewOutcomesSentence,
} from './review-outcomes-option.ts'

/**
 * The panel applies to a report whose table splits lawsuits into direct and after-review ones and
 * counts pending cases (2019, 2021); the 2015 table's review rows have their own panel.
 */
export const REVIEW_OUTCOMES_PANEL_IDS = BODIES.slice(1).flatMap((body) => [
  bodyTotalId(body),
  ...REVIEW_OUTCOMES.map((outcome) => `${body.key}.${outcome.key}`),
])

const TOTAL_IDS = BODIES.map(bodyTotalId)

export function ReviewOutcomesPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="review-litigation"
      title={pick(REVIEW_OUTCOMES_LABELS.title, props.locale)}
      minHeight={600}
      body={ReviewOutcomesBody}
    />
  )
}

function ReviewOutcomesBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const totals = pickFigures(figures, TOTAL_IDS)
  // Said in words only when every total the report gives is 0; a blank one is not 0.
  const none =
    totals.length > 0 &&
    allZero(
      figures,
      totals.map((total) => total.id),
    )
  return (
    <>
      {none ? (
        <p className="panel-lead">
          <strong>{reviewOutcomesLabel('noneThisYear', locale)}</strong>
        </p>
      ) : (
        <ChartWithSelection
          {...chart}
          selection={selection}
          build={buildReviewOutcomesOption}
          height={300}
          label={reviewOutcomesSentence(figures, locale)}
        />
      )}
      {totals.length > 0 && (
        <>
          <p className="panel-note">{reviewOutcomesLabel('totals', locale)}</p>
          <FigureList
            figures={totals}
            index={figures}
            locale={locale}
            selected={selection.selected}
          />
        </>
      )}
    </>
  )
}
