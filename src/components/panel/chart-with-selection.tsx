import { type ComponentProps, type ComponentType, useMemo, useRef, useState } from 'react'
import type { ChartInput } from '#src/components/chart/chart-figures.ts'
import { type ChartExport, ChartHost } from '#src/components/chart/chart-host.tsx'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { chartFigures } from '#src/components/chart/describe-chart.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import { CategoryPanel } from './category-panel.tsx'
import { ChartFileContext, ChartTools } from './chart-tools.tsx'
import { FigureTable } from './figure-table.tsx'
import { SelectedFigure } from './selected-figure.tsx'

/** The figure the user picked in a chart (its metric id), and how a click picks one. */
export type Selection = { selected: string | null; onSelect: (id: string) => void }

/** What a panel's body draws from: its figures, locale and colours, and the panel's selection. */
export type ChartBodyProps = { chart: ChartInput; selection: Selection }

type Props = ChartInput & {
  /** A module-level option builder: stable, so the option is rebuilt only when data changes. */
  build: (input: ChartInput) => ChartOption
  /** Reserved height in px. */
  height: number
  /** Accessible name of the chart: what it draws, in words. */
  label: string
  /**
   * The panel's selection (see ChartPanel); without one the chart keeps its own, which starts
   * empty again whenever the panel reloads.
   */
  selection?: Selection
  /** False when there is nothing to draw: the chart is left out, the hint below stays. */
  showChart?: boolean
}

/** A chart of report figures; clicking an element shows that figure and its source line. */
export function ChartWithSelection({
  build,
  height,
  label,
  figures,
  locale,
  palette,
  selection,
  showChart = true,
}: Props) {
  const own = useSelection()
  const { selected, onSelect } = selection ?? own
  const option = useMemo(
    () => build({ figures, locale, palette }),
    [build, figures, locale, palette],
  )
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const exporter = useRef<ChartExport>(null)
  const drawn = useMemo(() => chartFigures(option, figures), [option, figures])
  return (
    <>
      {showChart && (
        <ChartTools
          view={view}
          onView={setView}
          figures={drawn}
          index={figures}
          locale={locale}
          exporter={exporter}
        />
      )}
      {showChart && view === 'chart' && (
        <ChartHost
          option={option}
          height={height}
          label={label}
          onSelect={onSelect}
          exportRef={exporter}
        />
      )}
      {showChart && view === 'table' && (
        <FigureTable caption={label} figures={drawn} index={figures} locale={locale} />
      )}
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
    </>
  )
}

/** Selection state for a ChartWithSelection, nothing picked at first. */
function useSelection(): Selection {
  const [selected, onSelect] = useState<string | null>(null)
  return { selected, onSelect }
}

type ChartPanelProps = Omit<ComponentProps<typeof CategoryPanel>, 'children'> & {
  palette: ChartPalette
  /** Draws the figures: a ChartWithSelection given `chart` and, to share it, `selection`. */
  body: ComponentType<ChartBodyProps>
}

/**
 * A CategoryPanel whose body charts the figures. The panel's selection lives above the
 * CategoryPanel, so a body that passes it on keeps the picked figure while the panel reloads and
 * can mark it outside the chart too; a body that does not leaves it to the chart.
 */
export function ChartPanel({ palette, body: Body, ...panel }: ChartPanelProps) {
  const selection = useSelection()
  const file = useMemo(
    () => ({ reportId: panel.reportId, chart: panel.title }),
    [panel.reportId, panel.title],
  )
  return (
    <ChartFileContext value={file}>
      <CategoryPanel {...panel}>
        {(figures) => (
          <Body chart={{ figures, locale: panel.locale, palette }} selection={selection} />
        )}
      </CategoryPanel>
    </ChartFileContext>
  )
}
