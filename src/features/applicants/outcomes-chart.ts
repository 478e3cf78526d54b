import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { APPLICANTS_LABELS } from './labels.ts'

export const applicationOutcomesChart = {
  id: 'application-outcomes',
  category: 'applications',
  title: APPLICANTS_LABELS.outcomesTitle,
  requires: ['applications.results-total.total', 'applications.granted.total'],
  tableFormats: ['national-2019', 'national-2021'],
  topic: 'applications',
  loadPanel: () => import('./outcomes-panel.tsx').then((m) => m.ApplicationOutcomesPanel),
} satisfies ChartDescription
