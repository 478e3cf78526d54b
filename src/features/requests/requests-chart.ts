import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { labels } from './labels.ts'

export const requestsChart = {
  id: 'requests',
  category: 'requests',
  title: labels.requestsTitle,
  requires: ['requests.hotline.received', 'requests.hotline.closed'],
  loadPanel: () => import('./requests-panel.tsx').then((m) => m.RequestsPanel),
  chart: {
    id: 'hotline',
    title: labels.hotline,
    height: 220,
    load: () => import('./hotline-option.ts').then((m) => m.hotlineDrawing),
  },
} satisfies ChartDescription
