import type { ChartDescription } from '#src/components/panel/chart-description.ts'
import { PROACTIVE_LABELS } from './labels.ts'

export const channelSplitChart = {
  id: 'channel-split',
  category: 'proactive',
  title: PROACTIVE_LABELS.channelSplitTitle,
  requires: ['proactive.channel.website', 'proactive.channel.weibo', 'proactive.channel.wechat'],
  tableFormats: ['national-2015'],
  loadPanel: () => import('./channel-split-panel.tsx').then((m) => m.ChannelSplitPanel),
  chart: {
    height: 300,
    load: () => import('./channel-split-option.ts').then((m) => m.channelSplitDrawing),
  },
} satisfies ChartDescription
