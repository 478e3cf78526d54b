import type { ComponentType } from 'react'
import type { ChartInput } from '#src/components/chart/chart-figures.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { FigureMap } from '#src/domain/figures.ts'
import type { Category, LocalizedText, TableFormat } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import type { PanelProps } from './category-panel.tsx'

/** A chart's pure option builder, and the sentence that names the chart for a screen reader. */
export type ChartDrawing = {
  build: (input: ChartInput) => ChartOption
  describe: (figures: FigureMap, locale: Locale) => string
}

/**
 * One panel of the dashboard, described once in its feature folder and listed once in the
 * catalogue (src/catalogue/charts.ts), which feeds the dashboard, the embed pages, the gallery,
 * embeds.json, the embed code and print.
 */
export type ChartDescription = {
  /** The panel's id; also the embed id of its chart unless `chart.id` says otherwise. */
  id: string
  category: Category
  title: LocalizedText
  /** The panel applies to a report that has at least one of these figures. */
  requires: readonly string[]
  /**
   * The table formats whose statistics table holds these figures; absent when they come from the
   * report's text. Says why a report lacks them.
   */
  tableFormats?: readonly TableFormat[]
  /**
   * Panels with the same topic show one subject in different table formats (2015 applications,
   * 2021 applicants and outcomes): a report that has one of them is not said to lack the others.
   */
  topic?: string
  /** Loads the panel only when a report shows it. */
  loadPanel: () => Promise<ComponentType<PanelProps>>
  /**
   * The chart of the panel that a portal can embed: the dashboard and the embed page draw it at
   * this height, with this drawing (option and screen-reader sentence). Its id is part of the
   * public URL (embed/<id>.html).
   */
  chart?: {
    /** When the embed id is not the panel's. */
    id?: string
    /** When the chart is one part of the panel, under its own title. */
    title?: LocalizedText
    /** Drawing height in px; an embed frame adds the title and the source line. */
    height: number
    /** Loads only this chart's option builder and sentence. */
    load: () => Promise<ChartDrawing>
  }
}

/** A chart a portal can embed, as the embed pages, the gallery and the embed code see it. */
export type EmbedChart = {
  id: string
  category: Category
  title: LocalizedText
  height: number
  load: () => Promise<ChartDrawing>
}

/** The embeddable chart of a panel, if it has one. */
export function embedChartOf(panel: ChartDescription): EmbedChart | undefined {
  const { chart } = panel
  if (!chart) return undefined
  return {
    id: chart.id ?? panel.id,
    category: panel.category,
    title: chart.title ?? panel.title,
    height: chart.height,
    load: chart.load,
  }
}
