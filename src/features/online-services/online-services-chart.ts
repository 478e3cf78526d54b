import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { ONLINE_SERVICES_LABELS } from './labels.ts'

export const onlineServicesChart = {
  id: 'online-services',
  category: 'online-services',
  title: ONLINE_SERVICES_LABELS.onlineServicesTitle,
  requires: ['online.registered', 'online.verified'],
  loadPanel: () => import('./online-services-panel.tsx').then((m) => m.OnlineServicesPanel),
  chart: {
    height: 170,
    load: () => import('./online-services-option.ts').then((m) => m.onlineServicesDrawing),
  },
} satisfies ChartDescription
