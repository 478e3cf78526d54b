import { atDataIndex, type ChartInput, figureTooltip } from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import {
  atSeriesDataIndex,
  figureGrid,
  type GridAxis,
  gridSeriesData,
} from '#src/components/chart/figure-grid.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { proactive2021Label } from './labels.ts'

/** 二、主动公开政府信息情况: the two kinds of document the table counts. */
export const DOCUMENT_KINDS: readonly GridAxis[] = [
  { key: 'regulations', short: { zh: '规章', en: 'Government rules' } },
  { key: 'normative-documents', short: { zh: '行政规范性文件', en: 'Normative documents' } },
]

/** Its three columns, with their palette entry. */
export const DOCUMENT_COUNTS: readonly (GridAxis & { colour: number })[] = [
  { key: 'issued', short: { zh: '本年制发', en: 'Issued' }, colour: 0 },
  { key: 'repealed', short: { zh: '本年废止', en: 'Repealed' }, colour: 1 },
  { key: 'in-force', short: { zh: '现行有效', en: 'In force' }, colour: 2 },
]

export const documentId = (kind: GridAxis, count: GridAxis) => `proactive.${kind.key}.${count.key}`

export function documentsGrid(figures: Map<string, Figure>) {
  return figureGrid(figures, DOCUMENT_KINDS, DOCUMENT_COUNTS, documentId)
}

/** "分组柱状图：规章：本年制发 1 件，本年废止 0 件，现行有效 11 件；…". */
export function documentsSentence(figures: Map<string, Figure>, locale: Locale): string {
  const grid = documentsGrid(figures)
  const items = grid.rows.map((kind, row) =>
    proactive2021Label('documentItems', locale, {
      kind: pick(kind.short, locale),
      figures: grid.columns
        .flatMap((count, column) => {
          const figure = grid.cells[column]?.[row]
          return figure
            ? [`${pick(count.short, locale)} ${formatFigureWithUnit(figure, locale)}`]
            : []
        })
        .join(proactive2021Label('itemSeparator', locale)),
    }),
  )
  return proactive2021Label('documentsChart', locale, {
    items: items.join(proactive2021Label('listSeparator', locale)),
  })
}

/** Every kind's name under its bars, wrapped on a narrow screen rather than hidden. */
function withEveryName<F extends { xAxis: object }>(frame: F): F {
  const axis = frame.xAxis as { axisLabel?: object }
  return {
    ...frame,
    xAxis: {
      ...axis,
      axisLabel: { ...axis.axisLabel, interval: 0, width: 120, overflow: 'break' },
    },
  }
}

/** Grouped bars: per kind of document, the number issued, repealed and in force, each labelled. */
export function buildDocumentsOption({ figures, locale, palette }: ChartInput): ChartOption {
  const grid = documentsGrid(figures)
  return {
    color: grid.columns.map((column) => palette.series[column.colour] ?? palette.text),
    legend: {
      top: 0,
      left: 0,
      itemWidth: 12,
      itemHeight: 10,
      itemGap: 8,
      textStyle: { color: palette.text },
      data: grid.columns.map((column) => pick(column.short, locale)),
    },
    grid: labelledGrid({ top: 36 }),
    ...withEveryName(
      figureBarFrame({
        palette,
        horizontal: false,
        names: grid.rows.map((kind) => pick(kind.short, locale)),
        tooltip: atSeriesDataIndex(grid.cells, (figure) => figureTooltip(figure, locale)),
        valueFormatter: (value) => formatNumber(value, locale),
        minInterval: 1,
      }),
    ),
    series: grid.columns.map((column, index) => ({
      type: 'bar' as const,
      name: pick(column.short, locale),
      barMaxWidth: 40,
      label: barValueLabel(
        palette,
        'top',
        atDataIndex(grid.cells[index] ?? [], (figure) =>
          figure ? formatFigure(figure, locale) : '',
        ),
      ),
      data: gridSeriesData(grid, index, locale),
    })),
  }
}
