import {
  atDataIndex,
  axisName,
  type ChartInput,
  figureItem,
  figureTooltip,
  LIST_SEPARATOR,
  listedFigures,
  type ShortLabel,
  shareOfTotal,
  shortWords,
} from '#src/components/chart/chart-figures.ts'
import { barValueLabel, figureBarFrame, labelledGrid } from '#src/components/chart/chart-parts.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import { APPLICANT_COLUMNS } from '#src/domain/applicant-columns.ts'
import type { Figure } from '#src/domain/figures.ts'
import type { LocalizedText } from '#src/domain/report-schema.ts'
import { formatFigure, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { applicantsLabel } from './labels.ts'

/**
 * 一、本年新收政府信息公开申请数量, one bar per applicant column (总计 is the panel's lead). The
 * names are shorter than the table's headings, and 其他 says that it is other organisations.
 */
const CHART_NAMES: Record<string, LocalizedText> = {
  research: { zh: '科研机构', en: 'Research bodies' },
  'public-interest': { zh: '社会公益组织', en: 'Public-interest groups' },
  'legal-services': { zh: '法律服务机构', en: 'Legal services' },
  'other-org': { zh: '其他组织', en: 'Other organisations' },
}

export const APPLICANT_TYPES: readonly ShortLabel[] = APPLICANT_COLUMNS.filter(
  (column) => column.key !== 'total',
).map((column) => ({
  id: `applications.new.${column.key}`,
  short: CHART_NAMES[column.key] ?? column.short,
}))

export const NEW_TOTAL = 'applications.new.total'

/** "条形图：本年新收申请按申请人类型：自然人 3001 件；…", the chart's accessible name. */
export function applicantsSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = listedFigures(figures, APPLICANT_TYPES)
    .map((bar) => shortWords(bar, locale))
    .join(LIST_SEPARATOR[locale])
  return applicantsLabel('applicantsChart', locale, { items })
}

/** Horizontal bars of new applications by applicant type, in the table's column order. */
export function buildApplicantsOption({ figures, locale, palette }: ChartInput): ChartOption {
  const bars = listedFigures(figures, APPLICANT_TYPES)
  const total = figures.get(NEW_TOTAL)?.value
  const share = (figure: Figure) => {
    const text = figure.value === null ? '' : shareOfTotal(figure.value, total, locale)
    return text ? ` · ${text}` : ''
  }
  return {
    color: [palette.series[0] ?? palette.text],
    grid: labelledGrid({ right: 48 }),
    ...figureBarFrame({
      palette,
      horizontal: true,
      names: bars.map((bar) => axisName(bar, locale)),
      tooltip: atDataIndex(bars, ({ figure }) =>
        figureTooltip(figure, locale, { after: share(figure) }),
      ),
      valueFormatter: (value) => formatNumber(value, locale),
      minInterval: 1,
    }),
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: barValueLabel(
          palette,
          'right',
          atDataIndex(bars, ({ figure }) => formatFigure(figure, locale)),
        ),
        data: bars.map(({ figure, short }) => figureItem(figure, pick(short, locale))),
      },
    ],
  }
}
