import {
  atDataIndex,
  type ChartInput,
  type ChartItem,
  chartItems,
  figureItem,
  figureWords,
  LIST_SEPARATOR,
  type ShortLabel,
  tooltipHtml,
} from '#src/components/chart/chart-figures.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import type { ChartDrawing } from '#src/components/panel/chart-description.ts'
import type { Figure } from '#src/domain/figures.ts'
import { formatFigure, formatFigureWithUnit } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { onlineServicesLabel } from './labels.ts'

/** The platform's users, from all who registered to those who verified their real name. */
export const USER_STEPS: readonly ShortLabel[] = [
  { id: 'online.registered', short: { zh: '注册用户', en: 'Registered' } },
  { id: 'online.verified', short: { zh: '实名认证', en: 'Verified' } },
]

export const VERIFICATION_RATE_ID = 'online.verification-rate'

/** "67.67%（计算值）": the computed rate, marked as computed. */
export function verificationRateText(figures: Map<string, Figure>, locale: Locale): string {
  const rate = figures.get(VERIFICATION_RATE_ID)
  if (!rate || rate.value === null) return ''
  return locale === 'zh'
    ? `${formatFigure(rate, locale)}（${t('computed', locale)}）`
    : `${formatFigure(rate, locale)} (${t('computed', locale).toLowerCase()})`
}

/** "平台注册用户 10995 人；实名认证用户 7441 人；实名认证率（计算） 67.68%（计算值）", the chart's name. */
export function onlineServicesSentence(figures: Map<string, Figure>, locale: Locale): string {
  const users = USER_STEPS.flatMap(({ id }) => figures.get(id) ?? [])
  const rate = verificationRateText(figures, locale)
  const rateLabel = figures.get(VERIFICATION_RATE_ID)?.label ?? { zh: '', en: '' }
  return [
    ...users.map((figure) => figureWords(figure, locale)),
    ...(rate ? [`${pick(rateLabel, locale)} ${rate}`] : []),
  ].join(LIST_SEPARATOR[locale])
}

/** Two bars: registered users, then real-name verified users with the computed verification rate. */
export function buildOnlineServicesOption({ figures, locale, palette }: ChartInput): ChartOption {
  const steps = chartItems(figures, USER_STEPS)
  const rate = verificationRateText(figures, locale)
  // The figure, and under the verified users the share of registered users they make up.
  const describe = ({ figure }: ChartItem) => {
    const value = formatFigureWithUnit(figure, locale)
    return figure.id === 'online.verified' && rate
      ? [value, `${onlineServicesLabel('verifiedShare', locale)} ${rate}`]
      : [value]
  }
  return {
    color: [...palette.series],
    grid: { left: 8, right: 8, top: 28, bottom: 4 },
    tooltip: {
      trigger: 'item',
      formatter: atDataIndex(steps, (step) =>
        tooltipHtml([pick(step.figure.label, locale), ...describe(step)]),
      ),
    },
    xAxis: { type: 'value', show: false, min: 0 },
    yAxis: {
      type: 'category',
      inverse: true,
      show: false,
      data: steps.map(({ short }) => pick(short, locale)),
    },
    series: [
      {
        type: 'bar',
        barWidth: 22,
        label: {
          show: true,
          // Above the bar, from its start: readable whatever the bar's length.
          position: [0, -6],
          align: 'left',
          verticalAlign: 'bottom',
          color: palette.text,
          fontSize: 13,
          lineHeight: 17,
          formatter: atDataIndex(
            steps,
            (step) => `${pick(step.short, locale)}  ${describe(step).join('\n')}`,
          ),
        },
        data: steps.map(({ figure }, index) => ({
          ...figureItem(figure, pick(figure.label, locale)),
          itemStyle: { color: palette.series[index === 0 ? 0 : 2] },
        })),
      },
    ],
  }
}

/** The chart as the dashboard and its embed page draw it, and the sentence that names it. */
export const onlineServicesDrawing: ChartDrawing = {
  build: buildOnlineServicesOption,
  describe: onlineServicesSentence,
}
