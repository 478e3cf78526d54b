import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { APPLICATIONS_LABELS } from './labels.ts'

export const applicationsChart = {
  id: 'applications',
  category: 'applications',
  title: APPLICATIONS_LABELS.title,
  requires: ['applications.received'],
  tableFormats: ['national-2015'],
  topic: 'applications',
  loadPanel: () => import('./applications-panel.tsx').then((m) => m.ApplicationsPanel),
} satisfies ChartDescription
