import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { REVIEW_LITIGATION_LABELS } from './labels.ts'

export const reviewLitigationChart = {
  id: 'review-litigation',
  category: 'review-litigation',
  title: REVIEW_LITIGATION_LABELS.title,
  requires: ['litigation.total', 'complaints.total'],
  tableFormats: ['national-2015'],
  topic: 'review-litigation',
  loadPanel: () => import('./review-litigation-panel.tsx').then((m) => m.ReviewLitigationPanel),
} satisfies ChartDescription
