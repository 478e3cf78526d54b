import {
  atDataIndex,
  axisName,
  type ChartInput,
  figureItem,
  figureTooltip,
  listedFigures,
  type ShortLabel,
  shortWords,
} from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigure, formatFigureWithUnit, formatNumber, unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { sectionLabel } from '#src/lib/section-label.ts'
import { proactiveLabel } from './labels.ts'

/**
 * The two halves of 双公示 as part 8 reports them. Licences use part 8's exact "5014项", not
 * part 1's "5014 余项" (proactive.licensing.summary); the panel notes the difference.
 */
export const DUAL_PUBLICATION: readonly ShortLabel[] = [
  { id: 'proactive.licensing', short: { zh: '行政许可', en: 'Licences' } },
  { id: 'proactive.penalties', short: { zh: '行政处罚', en: 'Penalties' } },
]

/** "行政许可 5014 项；行政处罚 375 项", the chart's accessible sentence. */
export function enforcementSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = listedFigures(figures, DUAL_PUBLICATION)
    .map((row) => shortWords(row, locale))
    .join(proactiveLabel('listSeparator', locale))
  return proactiveLabel('enforcementChart', locale, { items })
}

/** Bars of licences and penalties published under 双公示. */
export function buildEnforcementOption({ figures, locale, palette }: ChartInput): ChartOption {
  const data = listedFigures(figures, DUAL_PUBLICATION)
  return {
    color: [...palette.series],
    grid: labelledGrid({ right: 16, top: 28 }),
    ...figureBarFrame({
      palette,
      horizontal: false,
      names: data.map((bar) => axisName(bar, locale)),
      tooltip: atDataIndex(data, ({ figure }) => figureTooltip(figure, locale)),
      valueFormatter: (value) => formatNumber(value, locale),
    }),
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        colorBy: 'data',
        label: barValueLabel(
          palette,
          'top',
          atDataIndex(data, ({ figure }) => formatFigureWithUnit(figure, locale)),
        ),
        data: data.map(({ figure, short }) => figureItem(figure, pick(short, locale))),
      },
    ],
  }
}

/** A figure as a sentence quotes it: "5014余项" in Chinese, "over 5,014 items" in English. */
function written(figure: Figure, locale: Locale): string {
  const text = formatFigure(figure, locale)
  if (figure.value === null) return text
  const unit = unitLabel(figure.unit, locale, figure.value)
  return locale === 'zh' ? `${text}${unit}` : `${text} ${unit}`.trim()
}

/**
 * The note on the licence count: part 1 writes "5014 余项", part 8 "5014项". Both figures come from
 * the data; null when either is missing or both read the same.
 */
export function licensingMismatch(figures: Map<string, Figure>, locale: Locale) {
  const summary = figures.get('proactive.licensing.summary')
  const platforms = figures.get('proactive.licensing')
  if (summary?.kind !== 'reported' || platforms?.kind !== 'reported') return null
  const firstValue = written(summary, locale)
  const secondValue = written(platforms, locale)
  if (firstValue === secondValue) return null
  return {
    text: proactiveLabel('licensingMismatch', locale, {
      first: sectionLabel(summary.citations[0]?.section, locale),
      firstValue,
      second: sectionLabel(platforms.citations[0]?.section, locale),
      secondValue,
    }),
    summary,
    platforms,
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const enforcementDrawing: ChartDrawing = {
  build: buildEnforcementOption,
  describe: enforcementSentence,
}
