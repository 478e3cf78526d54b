import {
  atDataIndex,
  axisName,
  type ChartInput,
  figureItem,
  tooltipHtml,
} from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'
import type { Figure } from '#src/domain/figures.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { proactiveLabel } from './labels.ts'

/** The four information types of part 2 (警务/办事/办案/行政管理公开), in the report's order. */
export const INFORMATION_TYPES: readonly { key: string; short: LocalizedText }[] = [
  { key: 'police', short: { zh: '警务公开', en: 'Policing' } },
  { key: 'services', short: { zh: '办事公开', en: 'Services' } },
  { key: 'cases', short: { zh: '办案公开', en: 'Case handling' } },
  { key: 'administration', short: { zh: '行政管理公开', en: 'Administration' } },
]

export const shareId = (key: string) => `proactive.share.${key}`
export const countId = (key: string) => `proactive.category-count.${key}`

type Row = { share: Figure; count: Figure | undefined; short: LocalizedText }

function rows(figures: Map<string, Figure>): Row[] {
  return INFORMATION_TYPES.flatMap(({ key, short }) => {
    const share = figures.get(shareId(key))
    return share ? [{ share, count: figures.get(countId(key)), short }] : []
  })
}

/** "警务公开 33%、办事公开 30%…", the chart's accessible sentence. */
export function categoryShareSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = rows(figures)
    .map(({ share, short }) => `${pick(short, locale)} ${formatFigure(share, locale)}`)
    .join(proactiveLabel('listSeparator', locale))
  return proactiveLabel('categoryShareChart', locale, { items })
}

/** Tooltip of one type: its share as reported and the count estimated from it. */
export function categoryShareTooltip(row: Row, locale: Locale): string {
  const lines = [pick(row.share.label, locale), formatFigure(row.share, locale)]
  if (row.count?.kind === 'computed') {
    lines.push(
      `${proactiveLabel('estimatedCount', locale)}: ${formatFigureWithUnit(row.count, locale)}`,
      `${proactiveLabel('computed', locale)}: ${row.count.computed.expression}`,
    )
  }
  return tooltipHtml(lines)
}

/** Horizontal bars of the share of each information type, in percent, report order top down. */
export function buildCategoryShareOption({ figures, locale, palette }: ChartInput): ChartOption {
  const data = rows(figures)
  return {
    color: [palette.series[0] ?? palette.text],
    grid: labelledGrid({ right: 48 }),
    ...figureBarFrame({
      palette,
      horizontal: true,
      names: data.map(({ share, short }) => axisName({ figure: share, short }, locale)),
      tooltip: atDataIndex(data, (row) => categoryShareTooltip(row, locale)),
      valueFormatter: (value) => `${formatNumber(value, locale)}%`,
    }),
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: barValueLabel(
          palette,
          'right',
          atDataIndex(data, ({ share }) => formatFigure(share, locale)),
        ),
        data: data.map(({ share, short }) => figureItem(share, pick(short, locale))),
      },
    ],
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const categoryShareDrawing: ChartDrawing = {
  build: buildCategoryShareOption,
  describe: categoryShareSentence,
}
