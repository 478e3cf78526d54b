import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import {
  buildTrafficPlatformOption,
  withAlpha,
} from '#src/features/online-services/traffic-platform-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  onlySeries,
  optionBuilder,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('online-services')
const build = optionBuilder(buildTrafficPlatformOption, figures)

type Item = { id: string; value: number; itemStyle: { color: string; decal?: object } }

/** Every bar's label, in order. */
function labels(option: ChartOption) {
  const data = onlySeries(option, 'bar').data as Item[]
  return data.map((_, dataIndex) => labelAt(option, 'bar', dataIndex))
}

describe('the traffic safety platform chart', () => {
  it('draws the sentence’s six figures with the report’s values', () => {
    const data = onlySeries(build(), 'bar').data as Item[]
    expect(data.map(({ id, value }) => ({ id, value }))).toEqual([
      { id: 'online.traffic.users', value: 260400 },
      { id: 'online.traffic.violations', value: 155800 },
      { id: 'online.traffic.licence-exams', value: 66000 },
      { id: 'online.traffic.plate-selection', value: 1208 },
      { id: 'online.traffic.medical-checks', value: 55829 },
      { id: 'online.traffic.sms', value: 222000 },
    ])
  })

  it('gives every bar its own unit and keeps 余 on the approximate ones, in Chinese with 万', () => {
    expect(labels(build())).toEqual([
      '注册用户  26.04万 人',
      '自助处理违章  15.58万余 笔',
      '报考驾照  6.6万余 人',
      '互联网选号  1208 人',
      '驾驶人体检  55829 人',
      '交通安全短信  22.2万 条',
    ])
  })

  it('writes full numbers in English, with “over” on the approximate ones', () => {
    expect(labels(build('en'))).toEqual([
      'Registered users  260,400 people',
      'Violations settled  over 155,800 transactions',
      'Driving-test sign-ups  over 66,000 people',
      'Plates chosen online  1,208 people',
      'Driver medical checks  55,829 people',
      'Safety text messages  222,000 items',
    ])
  })

  it('draws only the approximate bars lighter and hatched, in palette colours', () => {
    const palette = CHART_PALETTES.dark
    const data = onlySeries(build('zh', figures, palette), 'bar').data as Item[]
    const hatched = data.filter((item) => item.itemStyle.decal).map((item) => item.id)
    expect(hatched).toEqual(['online.traffic.violations', 'online.traffic.licence-exams'])
    const colour = palette.series[0] ?? ''
    for (const item of data) {
      expect(item.itemStyle.color).toBe(item.itemStyle.decal ? withAlpha(colour, 0.4) : colour)
    }
    expect(withAlpha('#6ea8ff', 0.4)).toBe('rgba(110, 168, 255, 0.4)')
  })

  it('keeps the labels outside the bars, so the 1208 bar stays readable', () => {
    const series = onlySeries(build(), 'bar')
    expect(series.label?.position).toEqual([0, -5])
    expect(series.label?.verticalAlign).toBe('bottom')
    expect(series.barMinHeight).toBeGreaterThan(0)
  })

  it('says in the tooltip what the report wrote for an approximate figure', () => {
    expect(tooltipAt(build(), 1)).toBe(
      '网上自助处理违章<br/>15.58万余 笔<br/>约数，报告原文 “15.58 万余”',
    )
    expect(tooltipAt(build('en'), 3)).toBe('Licence plates chosen online<br/>1,208 people')
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(build('zh', withHostileLabel(figures, 'online.traffic.sms')), 5)
  })
})
