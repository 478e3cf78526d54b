import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { REQUESTS_LABELS } from './labels.ts'

export const requestsChart = {
  id: 'requests',
  category: 'requests',
  title: REQUESTS_LABELS.requestsTitle,
  requires: ['requests.hotline.received', 'requests.hotline.closed'],
  loadPanel: () => import('./requests-panel.tsx').then((m) => m.RequestsPanel),
  chart: {
    id: 'hotline',
    title: REQUESTS_LABELS.hotline,
    height: 220,
    load: () => import('./hotline-option.ts').then((m) => m.hotlineDrawing),
  },
} satisfies ChartDescription
