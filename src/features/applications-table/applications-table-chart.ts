import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { APPLICATIONS_TABLE_LABELS } from './labels.ts'

export const applicationsTableChart = {
  id: 'applications-table',
  category: 'applications',
  title: APPLICATIONS_TABLE_LABELS.title,
  requires: ['applications.new.total', 'applications.results-total.total'],
  tableFormats: ['national-2019', 'national-2021'],
  topic: 'applications',
  loadPanel: () => import('./applications-table-panel.tsx').then((m) => m.ApplicationsTablePanel),
} satisfies ChartDescription
