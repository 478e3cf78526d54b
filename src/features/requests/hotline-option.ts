import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { chartSentence } from '#src/components/chart/chart-sentence.ts'
import { buildFigureBarOption } from '#src/components/chart/figure-bar-option.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'

/** The 12345 hotline's requests received and closed, with the short names the bars show. */
export const HOTLINE: readonly ShortLabel[] = [
  { id: 'requests.hotline.received', short: { zh: '受理诉求', en: 'Received' } },
  { id: 'requests.hotline.closed', short: { zh: '已结案', en: 'Closed' } },
]

export function buildHotlineOption(input: ChartInput) {
  return buildFigureBarOption(input, HOTLINE)
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const hotlineDrawing: ChartDrawing = {
  build: buildHotlineOption,
  describe: (figures, locale) => chartSentence('bar', figures, HOTLINE, locale),
}
