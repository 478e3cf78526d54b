import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { buildFigureDonutOption } from '#src/components/chart/figure-donut-option.ts'

export const PROPOSALS_TOTAL = 'requests.proposals.total'

/** NPC suggestions and CPPCC proposals, with the short names the slices show. */
export const PROPOSALS: readonly ShortLabel[] = [
  { id: 'requests.npc-suggestions', short: { zh: '人大建议', en: 'NPC' } },
  { id: 'requests.cppcc-proposals', short: { zh: '政协提案', en: 'CPPCC' } },
]

export function buildProposalsOption(input: ChartInput) {
  return buildFigureDonutOption(input, PROPOSALS, PROPOSALS_TOTAL)
}
