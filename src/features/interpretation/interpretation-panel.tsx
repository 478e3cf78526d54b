import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { interpretationChart } from './interpretation-chart.ts'
import { interpretationDrawing } from './interpretation-option.ts'
import { interpretationLabel } from './labels.ts'

/** The table's 其中 rows and part 5's policy documents: a bar would say less than the row. */
const LISTED_IDS = [
  'interpretation.press-conferences-by-heads',
  'interpretation.online-interviews-by-heads',
  'interpretation.policy-documents.text',
]

export function InterpretationPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="interpretation"
      title={interpretationLabel('title', props.locale)}
      minHeight={614}
      body={InterpretationBody}
    />
  )
}

function InterpretationBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const listed = pickFigures(figures, LISTED_IDS)
  return (
    <>
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={interpretationDrawing.build}
        height={interpretationChart.chart.height}
        label={interpretationDrawing.describe(figures, locale)}
      />
      <p className="panel-note">{interpretationLabel('zeroNote', locale)}</p>
      {listed.length > 0 && (
        <>
          <p className="panel-note">{interpretationLabel('detailsNote', locale)}</p>
          <FigureList figures={listed} index={figures} locale={locale} />
        </>
      )}
    </>
  )
}
