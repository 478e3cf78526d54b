import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { PROACTIVE_LABELS } from './labels.ts'

export const categoryShareChart = {
  id: 'category-share',
  category: 'proactive',
  title: PROACTIVE_LABELS.categoryShareTitle,
  requires: ['proactive.share.police', 'proactive.share.services'],
  loadPanel: () => import('./category-share-panel.tsx').then((m) => m.CategorySharePanel),
  chart: {
    height: 200,
    load: () => import('./category-share-option.ts').then((m) => m.categoryShareDrawing),
  },
} satisfies ChartDescription
