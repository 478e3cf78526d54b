import { chartFigures } from '../components/chart/describe-chart.ts'
import type { ChartOption } from '../components/chart/echarts-setup.ts'
import type { Figure } from '../domain/figures.ts'
import { figureSource } from '../features/report/figure-rows.ts'
import { sectionLabel } from '../features/source/section-label.ts'
import { formatFigureWithUnit } from '../lib/format.ts'
import { type Locale, pick } from '../lib/locale.ts'
import { t } from '../lib/messages.ts'
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
