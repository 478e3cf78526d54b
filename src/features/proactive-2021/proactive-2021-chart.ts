import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { PROACTIVE_2021_LABELS } from './labels.ts'

export const proactive2021Chart = {
  id: 'proactive-2021',
  category: 'proactive',
  title: PROACTIVE_2021_LABELS.title,
  // The 2019 table counts documents in other columns (制作 / 公开 / 对外公开总数), which this
  // panel does not draw, so it needs the 2021 columns.
  requires: ['proactive.regulations.issued', 'proactive.normative-documents.issued'],
  tableFormats: ['national-2021'],
  topic: 'decisions',
  loadPanel: () => import('./proactive-2021-panel.tsx').then((m) => m.Proactive2021Panel),
} satisfies ChartDescription
