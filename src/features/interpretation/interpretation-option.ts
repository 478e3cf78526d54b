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
import { formatFigure, formatNumber } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { interpretationLabel } from './labels.ts'

/** The table's 二 rows ((一) and (二) 1.–5.), in the table's order, with the chart's short names. */
export const RESPONSE_ROWS: readonly ShortLabel[] = [
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

/** "回应热点舆情 0 次；…；微博微信回应 213 次；…", the chart's accessible sentence. */
export function interpretationSentence(figures: Map<string, Figure>, locale: Locale): string {
  const items = listedFigures(figures, RESPONSE_ROWS)
    .map((row) => shortWords(row, locale))
    .join(interpretationLabel('listSeparator', locale))
  return interpretationLabel('chart', locale, { items })
}

/**
 * Horizontal bars of the table's response rows, table order top down. A reported 0 is a bar of
 * length 0 with a visible "0"; a blank row has no bar and its axis name says 未报告.
 */
export function buildInterpretationOption({ figures, locale, palette }: ChartInput): ChartOption {
  const data = listedFigures(figures, RESPONSE_ROWS)
  return {
    color: [palette.series[2] ?? palette.text],
    grid: labelledGrid({ right: 56 }),
    ...figureBarFrame({
      palette,
      horizontal: true,
      names: data.map((row) => axisName(row, locale)),
      tooltip: atDataIndex(data, ({ figure }) => figureTooltip(figure, locale)),
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
          atDataIndex(data, ({ figure }) => formatFigure(figure, locale)),
        ),
        data: data.map(({ figure, short }) => figureItem(figure, pick(short, locale))),
      },
    ],
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const interpretationDrawing: ChartDrawing = {
  build: buildInterpretationOption,
  describe: interpretationSentence,
}
