import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { INTERPRETATION_LABELS } from './labels.ts'

export const interpretationChart = {
  id: 'interpretation',
  category: 'interpretation',
  title: INTERPRETATION_LABELS.title,
  requires: ['interpretation.policy-interpretations', 'interpretation.press-conferences'],
  tableFormats: ['national-2015'],
  loadPanel: () => import('./interpretation-panel.tsx').then((m) => m.InterpretationPanel),
  chart: {
    height: 260,
    load: () => import('./interpretation-option.ts').then((m) => m.interpretationDrawing),
  },
} satisfies ChartDescription
