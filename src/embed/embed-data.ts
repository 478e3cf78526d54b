import { chartFigures } from '#src/components/chart/describe-chart.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import { figureSource } from '#src/components/panel/figure-rows.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sectionLabel } from '#src/lib/section-label.ts'
import type { TableRow } from './embed-page.ts'

/** The figures a chart draws, as rows of the embed page's static data table. */
export function embedTableRows(
  option: ChartOption,
  figures: Map<string, Figure>,
  locale: Locale,
): TableRow[] {
  return chartFigures(option, figures).map((figure) => {
    const source = figureSource(figure, figures)
    return {
      label: pick(figure.label, locale),
      value: formatFigureWithUnit(figure, locale),
      note:
        figure.kind === 'computed'
          ? `${t('computed', locale)}: ${figure.computed.expression}`
          : figure.approximate
            ? `${t('approximate', locale)}: “${figure.asWritten}”`
            : '',
      source: source
        ? `${sectionLabel(source.section, locale)} · ${t('line', locale, { n: source.line })}`
        : '',
      quote: source?.quote ?? '',
    }
  })
}
