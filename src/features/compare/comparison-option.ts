import { LIST_SEPARATOR, tooltipHtml } from '#src/components/chart/chart-figures.ts'
import {
  barValueLabel,
  categoryAxisStyle,
  figureBarFrame,
  type ItemFormatter,
} from '#src/components/chart/chart-parts.ts'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ComparableValue } from '#src/domain/comparable-figures.ts'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { type Column, type Comparison, columnName, rowName } from './comparison.ts'
import { compareLabel } from './labels.ts'

export type ComparisonChartInput = {
  comparison: Comparison
  locale: Locale
  palette: ChartPalette
}

/**
 * Years of one agency are short names, on one line; agencies' names are long, one per line, so
 * that no width of screen cuts or hides one.
 */
const oneLineLegend = (columns: readonly Column[]) =>
  columns.every((column) => column.agency.zh === columns[0]?.agency.zh)

const legendHeight = (columns: readonly Column[]) =>
  oneLineLegend(columns) ? 32 : columns.length * 20 + 12
const AXIS_LABEL_WIDTH_MAX = 160

/** Bar thickness: thinner when many reports share a group. */
const barSize = (columns: number) => (columns > 3 ? 10 : 14)

/** The height of one figure's group of bars, one bar per report. */
const rowHeight = (columns: number) => columns * barSize(columns) + 18

/** Height that gives every drawn figure a group of bars, one per report, and room for the legend. */
export function comparisonChartHeight({ columns, rows }: Comparison): number {
  const drawn = rows.filter((row) => row.drawn).length
  return legendHeight(columns) + drawn * rowHeight(columns.length) + 8
}

/** About how wide a label prints at 12 px: CJK characters 1 em, others 0.6 em. */
function labelWidth(text: string): number {
  const wide = text.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0
  return Math.ceil((wide + (text.length - wide) * 0.6) * 12)
}

/** A bar's id, which ChartHost reports on click: the column and the figure. */
export const barId = (columnIndex: number, figureId: string) => `${columnIndex}:${figureId}`

export function parseBarId(id: string): { columnIndex: number; figureId: string } | null {
  const match = /^(\d+):(.+)$/.exec(id)
  return match ? { columnIndex: Number(match[1]), figureId: match[2] ?? '' } : null
}

/** A cell as text: "46 件", "未报告", "本表无此项". */
export function cellText(cell: ComparableValue, locale: Locale): string {
  if (cell.status === 'not-in-format') return compareLabel('notInFormat', locale)
  return formatFigureWithUnit({ ...cell, unit: cell.figure.unit }, locale)
}

/**
 * Horizontal grouped bars, one group per figure that at least two reports give, one bar per report
 * in column order, each labelled with its figure. Every group has its own value scale from 0 to its
 * largest figure (one large figure would otherwise flatten all the others); the numbers beside
 * the bars carry the values. A blank figure draws no bar.
 */
export function buildComparisonOption({
  comparison,
  locale,
  palette,
}: ComparisonChartInput): ChartOption {
  const { columns } = comparison
  const rows = comparison.rows.filter((row) => row.drawn)
  const names = rows.map((row) => rowName(row, locale))
  const seriesNames = columns.map((column) => columnName(column, columns, locale))
  const left = Math.min(AXIS_LABEL_WIDTH_MAX, Math.max(0, ...names.map(labelWidth))) + 24
  const height = rowHeight(columns.length)
  const cellOf = (params: unknown) => {
    const id = (params as { data?: { id?: unknown } } | undefined)?.data?.id
    const bar = typeof id === 'string' ? parseBarId(id) : null
    const row = rows.find((entry) => entry.figure.id === bar?.figureId)
    const column = bar ? columns[bar.columnIndex] : undefined
    const cell = bar ? row?.cells[bar.columnIndex] : undefined
    return row && column && cell ? { row, column, cell } : null
  }
  const tooltip: ItemFormatter = (params) => {
    const found = cellOf(params)
    if (!found) return ''
    const { row, column, cell } = found
    return tooltipHtml([
      rowName(row, locale),
      `${columnName(column, columns, locale)}: ${cellText(cell, locale)}`,
      ...(cell.expression ? [`${t('computed', locale)}: ${cell.expression}`] : []),
    ])
  }
  const label: ItemFormatter = (params) => {
    const cell = cellOf(params)?.cell
    return cell && cell.value !== null
      ? formatFigure({ ...cell, unit: cell.figure.unit }, locale)
      : ''
  }
  return {
    color: [...palette.series],
    legend: {
      top: 0,
      left: 0,
      orient: oneLineLegend(columns) ? 'horizontal' : 'vertical',
      itemGap: oneLineLegend(columns) ? 10 : 6,
      data: seriesNames,
      textStyle: { color: palette.text },
    },
    // The shared frame's themed, confined tooltip; its axes are one per figure below.
    tooltip: figureBarFrame({
      palette,
      horizontal: true,
      names,
      tooltip,
      valueFormatter: (value) => formatNumber(value, locale),
    }).tooltip,
    grid: rows.map((_, index) => ({
      left,
      right: 56,
      top: legendHeight(columns) + index * height,
      height: height - 8,
    })),
    // Each figure's own scale, from 0 (a reported 0 is a bar of length 0) to its largest value.
    xAxis: rows.map((row, index) => ({
      type: 'value' as const,
      gridIndex: index,
      min: 0,
      max: Math.max(0, ...row.cells.map((cell) => cell.value ?? 0)) || 1,
      show: false,
    })),
    yAxis: rows.map((_, index) => ({
      type: 'category' as const,
      gridIndex: index,
      data: [names[index] ?? ''],
      ...categoryAxisStyle(palette),
      axisLabel: {
        color: palette.text,
        interval: 0,
        width: left - 12,
        overflow: 'break' as const,
      },
    })),
    series: rows.flatMap((row, index) =>
      columns.map((_, columnIndex) => ({
        type: 'bar' as const,
        name: seriesNames[columnIndex],
        xAxisIndex: index,
        yAxisIndex: index,
        barWidth: barSize(columns.length),
        barGap: '20%',
        label: barValueLabel(palette, 'right', label),
        data: [
          {
            id: barId(columnIndex, row.figure.id),
            name: names[index],
            value: row.cells[columnIndex]?.value ?? ('-' as const),
          },
        ],
      })),
    ),
  }
}

/**
 * "分组柱状图：行政复议，淮安市人民政府 2024年 351 件，吴忠市公安局 2018年 0 件；…。": the chart's
 * accessible name, written from the drawn figures.
 */
export function comparisonSentence(comparison: Comparison, locale: Locale): string {
  const zh = locale === 'zh'
  const { columns } = comparison
  const parts = comparison.rows
    .filter((row) => row.drawn)
    .map((row) => {
      const values = row.cells.map((cell, index) => {
        const column = columns[index]
        return column ? `${columnName(column, columns, locale)} ${cellText(cell, locale)}` : ''
      })
      return `${rowName(row, locale)}${zh ? '，' : ', '}${values.join(zh ? '，' : ', ')}`
    })
  const name = compareLabel('chartName', locale)
  return `${name}${zh ? '：' : ': '}${parts.join(LIST_SEPARATOR[locale])}${zh ? '。' : '.'}`
}
