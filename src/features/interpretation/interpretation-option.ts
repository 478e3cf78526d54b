import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import { formatFigure, formatFigureWithUnit, formatNumber, NOT_REPORTED } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { interpretationLabel } from './labels.ts'

/** The table's 二 rows ((一) and (二) 1.–5.), in the table's order, with the chart's short names. */
export const RESPONSE_ROWS: readonly { id: string; short: LocalizedText }[] = [
  { id: 'interpretation.hot-topic-responses', short: { zh: '回应热点舆情', en: 'Hot topics' } },
  { id: 'interpretation.press-conferences', short: { zh: '新闻发布会', en: 'Press conferences' } },
  { id: 'interpretation.online-interviews', short: { zh: '在线访谈', en: 'Online interviews' } },
  {
    id: 'interpretation.policy-interpretations',
    short: { zh: '政策解读稿件', en: 'Policy articles' },
  },
  {
    id: 'interpretation.weibo-wechat-responses',
    short: { zh: '微博微信回应', en: 'Weibo & WeChat' },
  },
  { id: 'interpretation.other-responses', short: { zh: '其他方式回应', en: 'Other means' } },
]

type Input = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

function rows(figures: Map<string, Figure>) {
  return RESPONSE_ROWS.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure ? [{ figure, short }] : []
  })
}

/** "回应热点舆情 0 次；…；微博微信回应 213 次；…", the chart's accessible sentence. */
export function interpretationSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = rows(figures)
    .map(({ figure, short }) => `${pick(short, locale)} ${formatFigureWithUnit(figure, locale)}`)
    .join(interpretationLabel('listSeparator', locale))
  return interpretationLabel('chart', locale, { items })
}

/**
 * Horizontal bars of the table's response rows, table order top down. A reported 0 is a bar of
 * length 0 with a visible "0"; a blank row has no bar and its axis name says 未报告.
 */
export function buildInterpretationOption({ figures, locale, palette }: Input): ChartOption {
  const data = rows(figures)
  return {
    color: [palette.series[2] ?? palette.text],
    grid: {
      left: 8,
      right: 56,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: palette.background,
      borderColor: palette.axis,
      textStyle: { color: palette.text },
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params
        const row = data[item?.dataIndex ?? -1]
        if (!row) return ''
        return `${escapeHtml(pick(row.figure.label, locale))}<br/>${escapeHtml(
          formatFigureWithUnit(row.figure, locale),
        )}`
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      splitNumber: 4,
      axisLabel: {
        hideOverlap: true,
        color: palette.muted,
        formatter: (value: number) => formatNumber(value, locale),
      },
      splitLine: { lineStyle: { color: palette.split } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.map(({ figure, short }) =>
        figure.value === null
          ? `${pick(short, locale)} · ${NOT_REPORTED[locale]}`
          : pick(short, locale),
      ),
      axisLabel: { color: palette.text },
      axisLine: { lineStyle: { color: palette.axis } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          formatter: (params) => {
            const row = data[params.dataIndex]
            return row ? formatFigure(row.figure, locale) : ''
          },
        },
        data: data.map(({ figure, short }) => ({
          id: figure.id,
          name: pick(short, locale),
          value: figure.value ?? '-',
        })),
      },
    ],
  }
}
