import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { chartSentence } from '#src/components/chart/chart-sentence.ts'
import { buildFigureDonutOption } from '#src/components/chart/figure-donut-option.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'

export const STAFF_TOTAL = 'organisation.staff'

/** The table's rows 八 (三) 1.–2.: full-time and part-time staff, with the slices' short names. */
export const STAFF: readonly ShortLabel[] = [
  { id: 'organisation.staff.full-time', short: { zh: '专职', en: 'Full-time' } },
  { id: 'organisation.staff.part-time', short: { zh: '兼职', en: 'Part-time' } },
]

export function buildStaffOption(input: ChartInput) {
  return buildFigureDonutOption(input, STAFF, STAFF_TOTAL)
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const staffDrawing: ChartDrawing = {
  build: buildStaffOption,
  describe: (figures, locale) => chartSentence('donut', figures, STAFF, locale),
}
