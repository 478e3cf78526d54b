import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import type { LocalizedText } from '../../domain/report-schema.ts'
import { escapeHtml } from '../../lib/escape-html.ts'
import { formatFigure, formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { t } from '../../lib/messages.ts'
import { label } from './labels.ts'

/** The platform's users, from all who registered to those who verified their real name. */
export const USER_STEPS: readonly { id: string; short: LocalizedText }[] = [
  { id: 'online.registered', short: { zh: '注册用户', en: 'Registered' } },
  { id: 'online.verified', short: { zh: '实名认证', en: 'Verified' } },
]

export const VERIFICATION_RATE_ID = 'online.verification-rate'

type Input = { figures: Map<string, Figure>; locale: Locale; palette: ChartPalette }

/** "67.67%（计算值）": the computed rate, marked as computed. */
export function verificationRateText(figures: Map<string, Figure>, locale: Locale): string {
  const rate = figures.get(VERIFICATION_RATE_ID)
  if (!rate || rate.value === null) return ''
  return locale === 'zh'
    ? `${formatFigure(rate, locale)}（${t('computed', locale)}）`
    : `${formatFigure(rate, locale)} (${t('computed', locale).toLowerCase()})`
}

/** Two bars: registered users, then real-name verified users with the computed verification rate. */
export function buildOnlineServicesOption({ figures, locale, palette }: Input): ChartOption {
  const steps = USER_STEPS.flatMap(({ id, short }) => {
    const figure = figures.get(id)
    return figure && figure.value !== null ? [{ figure, short }] : []
  })
  const rate = verificationRateText(figures, locale)
  const describe = (index: number) => {
    const step = steps[index]
    if (!step) return ''
    const value = formatFigureWithUnit(step.figure, locale)
    return step.figure.id === 'online.verified' && rate
      ? `${value}\n${label('verifiedShare', locale)} ${rate}`
      : value
  }
  return {
    color: [...palette.series],
    grid: { left: 8, right: 8, top: 28, bottom: 4 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params
        const step = steps[item?.dataIndex ?? -1]
        if (!step) return ''
        return `${escapeHtml(pick(step.figure.label, locale))}<br/>${escapeHtml(
          describe(item?.dataIndex ?? -1),
        ).replace('\n', '<br/>')}`
      },
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
          formatter: (params) =>
            `${pick(steps[params.dataIndex]?.short ?? { zh: '', en: '' }, locale)}  ${describe(params.dataIndex)}`,
        },
        data: steps.map(({ figure }, index) => ({
          id: figure.id,
          name: pick(figure.label, locale),
          value: figure.value ?? 0,
          itemStyle: { color: palette.series[index === 0 ? 0 : 2] },
        })),
      },
    ],
  }
}
