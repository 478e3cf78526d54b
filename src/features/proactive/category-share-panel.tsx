import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { categoryShareChart } from './category-share-chart.ts'
import { categoryShareDrawing, countId, INFORMATION_TYPES } from './category-share-option.ts'
import { proactiveLabel } from './labels.ts'

export function CategorySharePanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="proactive"
      title={proactiveLabel('categoryShareTitle', props.locale)}
      minHeight={636}
      body={CategoryShareBody}
    />
  )
}

function CategoryShareBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const counts = pickFigures(
    figures,
    INFORMATION_TYPES.map(({ key }) => countId(key)),
  )
  // The list row of the type whose bar was clicked: proactive.share.x → proactive.category-count.x.
  const selectedCount = selection.selected?.replace(
    /^proactive\.share\./,
    'proactive.category-count.',
  )
  return (
    <>
      <ChartWithSelection
        {...chart}
        selection={selection}
        build={categoryShareDrawing.build}
        height={categoryShareChart.chart.height}
        label={categoryShareDrawing.describe(figures, locale)}
      />
      {counts.length > 0 && (
        <>
          <p className="panel-note">{proactiveLabel('estimateNote', locale)}</p>
          <FigureList figures={counts} index={figures} locale={locale} selected={selectedCount} />
        </>
      )}
    </>
  )
}
