import type { ChartInput, ShortLabel } from '#src/components/chart/chart-figures.ts'
import { buildFigureBarOption } from '#src/components/chart/figure-bar-option.ts'

/** The table's rows (一) 1.–4.: applications received by channel, with the bars' short names. */
export const RECEIVED_BY_CHANNEL: readonly ShortLabel[] = [
  { id: 'applications.received.in-person', short: { zh: '当面', en: 'In person' } },
  { id: 'applications.received.fax', short: { zh: '传真', en: 'Fax' } },
  { id: 'applications.received.online', short: { zh: '网络', en: 'Online' } },
  { id: 'applications.received.letter', short: { zh: '信函', en: 'Letter' } },
]

export function buildApplicationChannelsOption(input: ChartInput) {
  return buildFigureBarOption(input, RECEIVED_BY_CHANNEL)
}
