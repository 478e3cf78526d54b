import type { ChartPalette } from './chart-theme.ts'

/** A formatter ECharts calls with one item's params (or, for an axis tooltip, a list of them). */
export type ItemFormatter = (params: unknown) => string

/**
 * A grid whose margins grow to hold the axis labels, so a long Chinese name is never cut. Each
 * margin is 8 px unless given: a bar's value label needs room on its side.
 */
export function labelledGrid(margins: { right?: number; top?: number } = {}) {
  return {
    left: 8,
    right: 8,
    top: 8,
    bottom: 8,
    ...margins,
    outerBoundsMode: 'same' as const,
    outerBoundsContain: 'axisLabel' as const,
  }
}

/** An item tooltip in the theme's colours, kept inside the chart so it is never cut on a phone. */
function themedTooltip(palette: ChartPalette, formatter: ItemFormatter) {
  return {
    trigger: 'item' as const,
    confine: true,
    backgroundColor: palette.background,
    borderColor: palette.axis,
    textStyle: { color: palette.text },
    formatter,
  }
}

/** A category axis: names in the text colour on a plain line, without ticks between them. */
export function categoryAxisStyle(palette: ChartPalette, axisLabel: { interval?: number } = {}) {
  return {
    axisLabel: { color: palette.text, ...axisLabel },
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { show: false },
  }
}

/** A value axis: muted numbers and light split lines, so the bars stand out. */
export function valueAxisStyle(
  palette: ChartPalette,
  axisLabel: { hideOverlap?: boolean; formatter?: (value: number) => string } = {},
) {
  return {
    axisLabel: { color: palette.muted, ...axisLabel },
    splitLine: { lineStyle: { color: palette.split } },
  }
}

/** Each bar's figure printed beside it, so the value is read without the axis. */
export function barValueLabel(
  palette: ChartPalette,
  position: 'top' | 'right',
  formatter: ItemFormatter,
) {
  return { show: true, position, color: palette.text, formatter }
}

type FigureBarFrame = {
  palette: ChartPalette
  /** Horizontal bars run top down in the rows' order; vertical ones left to right. */
  horizontal: boolean
  /** One name a bar, on the category axis. */
  names: readonly string[]
  tooltip: ItemFormatter
  /** The value axis's numbers, in the locale. */
  valueFormatter: (value: number) => string
  /** 1 for counts, so the axis never reads half an item. */
  minInterval?: number
}

/**
 * The tooltip and both axes of a bar chart of report figures. The value axis starts at 0, so a
 * reported 0 is a bar of length 0, not the bottom of a shifted scale.
 */
export function figureBarFrame({
  palette,
  horizontal,
  names,
  tooltip,
  valueFormatter,
  minInterval,
}: FigureBarFrame) {
  const category = {
    type: 'category' as const,
    ...(horizontal ? { inverse: true } : {}),
    data: [...names],
    ...categoryAxisStyle(palette),
  }
  const value = {
    type: 'value' as const,
    min: 0,
    ...(minInterval === undefined ? {} : { minInterval }),
    splitNumber: 4,
    ...valueAxisStyle(palette, { hideOverlap: true, formatter: valueFormatter }),
  }
  return {
    tooltip: themedTooltip(palette, tooltip),
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
  }
}

/** A donut in the middle of its box; every slice keeps its label, however thin. */
export function donutSeries(radius: [inner: string, outer: string]) {
  return {
    type: 'pie' as const,
    radius,
    center: ['50%', '50%'],
    avoidLabelOverlap: true,
    minShowLabelAngle: 0,
  }
}
