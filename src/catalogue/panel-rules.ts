import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import type { Report, TableFormat } from '#src/domain/report-schema.ts'
import { CHARTS } from './charts.ts'

/** Whether a report with these figures has something for the panel to draw. */
export const panelApplies = (panel: ChartDescription, metricIds: ReadonlySet<string>) =>
  panel.requires.some((id) => metricIds.has(id))

export type PanelSplit = {
  present: readonly ChartDescription[]
  /** Panels whose table format the report does not use, and no panel on the topic is present. */
  notInFormat: readonly ChartDescription[]
  /** Panels drawn from a report's text, which this report's text does not give. */
  notInText: readonly ChartDescription[]
}

/** Which panels a report with these figures shows, and what it lacks, by reason. */
export function splitPanels(metricIds: ReadonlySet<string>, format: TableFormat): PanelSplit {
  const present = CHARTS.filter((panel) => panelApplies(panel, metricIds))
  const topics = new Set(present.flatMap((panel) => (panel.topic ? [panel.topic] : [])))
  const absent = CHARTS.filter(
    (panel) => !present.includes(panel) && !(panel.topic && topics.has(panel.topic)),
  )
  const fromOtherFormat = (panel: ChartDescription) =>
    panel.tableFormats !== undefined && !panel.tableFormats.includes(format)
  return {
    present,
    notInFormat: absent.filter(fromOtherFormat),
    notInText: absent.filter((panel) => !fromOtherFormat(panel)),
  }
}

/** The panels a report shows: every panel until the report is known. */
export function reportPanels(report: Report | undefined): PanelSplit {
  if (!report) return { present: CHARTS, notInFormat: [], notInText: [] }
  return splitPanels(new Set(report.metrics.map((metric) => metric.id)), report.meta.tableFormat)
}

/** The panels a report of this format has when its text gives what the 2018 report's does. */
export function likelyPanels(format: TableFormat): readonly ChartDescription[] {
  return CHARTS.filter(
    (panel) => panel.tableFormats?.includes(format) ?? format === 'national-2015',
  )
}
