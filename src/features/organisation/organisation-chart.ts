import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { ORGANISATION_LABELS } from './labels.ts'

export const organisationChart = {
  id: 'organisation',
  category: 'organisation',
  title: ORGANISATION_LABELS.title,
  requires: ['organisation.staff', 'organisation.units'],
  tableFormats: ['national-2015'],
  loadPanel: () => import('./organisation-panel.tsx').then((m) => m.OrganisationPanel),
  chart: {
    id: 'staff',
    title: ORGANISATION_LABELS.staffTitle,
    height: 240,
    load: () => import('./staff-option.ts').then((m) => m.staffDrawing),
  },
} satisfies ChartDescription
