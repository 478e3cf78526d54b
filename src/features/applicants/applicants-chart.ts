import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { APPLICANTS_LABELS } from './labels.ts'

export const applicantsChart = {
  id: 'applicants',
  category: 'applications',
  title: APPLICANTS_LABELS.applicantsTitle,
  requires: ['applications.new.total'],
  tableFormats: ['national-2019', 'national-2021'],
  topic: 'applications',
  loadPanel: () => import('./applicants-panel.tsx').then((m) => m.ApplicantsPanel),
} satisfies ChartDescription
