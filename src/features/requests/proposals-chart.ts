import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { REQUESTS_LABELS } from './labels.ts'

export const proposalsChart = {
  id: 'proposals',
  category: 'requests',
  title: REQUESTS_LABELS.proposalsTitle,
  requires: ['requests.proposals.total', 'requests.npc-suggestions'],
  loadPanel: () => import('./proposals-panel.tsx').then((m) => m.ProposalsPanel),
  chart: {
    height: 260,
    load: () => import('./proposals-option.ts').then((m) => m.proposalsDrawing),
  },
} satisfies ChartDescription
