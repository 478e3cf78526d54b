import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'
import { REQUESTS_LABELS } from './labels.ts'
import { proposalsChart } from './proposals-chart.ts'
import { PROPOSALS_TOTAL, proposalsDrawing } from './proposals-option.ts'

const FIGURE_IDS = ['requests.proposals.departments', 'requests.proposals.satisfaction']

export function ProposalsPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="requests"
      title={pick(REQUESTS_LABELS.proposalsTitle, props.locale)}
      minHeight={470}
      body={ProposalsBody}
    />
  )
}

function ProposalsBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  const total = figures.get(PROPOSALS_TOTAL)
  return (
    <>
      {total && (
        <p className="panel-lead">
          {pick(total.label, locale)}: <strong>{formatFigureWithUnit(total, locale)}</strong>
        </p>
      )}
      <ChartWithSelection
        {...chart}
        build={proposalsDrawing.build}
        label={proposalsDrawing.describe(figures, locale)}
        height={proposalsChart.chart.height}
      />
      <FigureList figures={pickFigures(figures, FIGURE_IDS)} index={figures} locale={locale} />
    </>
  )
}
