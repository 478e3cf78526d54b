import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { ONLINE_SERVICES_LABELS } from './labels.ts'

export const trafficPlatformChart = {
  id: 'traffic-platform',
  category: 'online-services',
  title: ONLINE_SERVICES_LABELS.trafficPlatformTitle,
  requires: ['online.traffic.users', 'online.traffic.violations'],
  loadPanel: () => import('./traffic-platform-panel.tsx').then((m) => m.TrafficPlatformPanel),
  chart: {
    height: 320,
    load: () => import('./traffic-platform-option.ts').then((m) => m.trafficPlatformDrawing),
  },
} satisfies ChartDescription
