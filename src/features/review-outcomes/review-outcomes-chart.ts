import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { REVIEW_OUTCOMES_LABELS } from './labels.ts'

export const reviewOutcomesChart = {
  id: 'review-outcomes',
  category: 'review-litigation',
  title: REVIEW_OUTCOMES_LABELS.title,
  requires: ['litigation.direct.total', 'litigation.after-review.total'],
  tableFormats: ['national-2019', 'national-2021'],
  topic: 'review-litigation',
  loadPanel: () => import('./review-outcomes-panel.tsx').then((m) => m.ReviewOutcomesPanel),
} satisfies ChartDescription
