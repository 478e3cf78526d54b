import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { labels } from './labels.ts'

export const applicationsChart = {
  id: 'applications',
  category: 'applications',
  title: labels.title,
  requires: ['applications.received'],
  tableFormats: ['national-2015'],
  topic: 'applications',
  loadPanel: () => import('./applications-panel.tsx').then((m) => m.ApplicationsPanel),
} satisfies ChartDescription
