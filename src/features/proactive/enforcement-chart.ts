import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { PROACTIVE_LABELS } from './labels.ts'

export const enforcementChart = {
  id: 'enforcement-disclosure',
  category: 'proactive',
  title: PROACTIVE_LABELS.enforcementTitle,
  requires: ['proactive.licensing', 'proactive.penalties'],
  topic: 'decisions',
  loadPanel: () => import('./enforcement-panel.tsx').then((m) => m.EnforcementDisclosurePanel),
  chart: {
    height: 220,
    load: () => import('./enforcement-option.ts').then((m) => m.enforcementDrawing),
  },
} satisfies ChartDescription
