import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { chartSentence } from '#src/components/chart/chart-sentence.ts'
import { buildFigureDonutOption } from '#src/components/chart/figure-donut-option.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'

export const PROPOSALS_TOTAL = 'requests.proposals.total'

/** NPC suggestions and CPPCC proposals, with the short names the slices show. */
export const PROPOSALS: readonly ShortLabel[] = [
  { id: 'requests.npc-suggestions', short: { zh: '人大建议', en: 'NPC' } },
  { id: 'requests.cppcc-proposals', short: { zh: '政协提案', en: 'CPPCC' } },
]

export function buildProposalsOption(input: ChartInput) {
  return buildFigureDonutOption(input, PROPOSALS, PROPOSALS_TOTAL)
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const proposalsDrawing: ChartDrawing = {
  build: buildProposalsOption,
  describe: (figures, locale) => chartSentence('donut', figures, PROPOSALS, locale),
}
