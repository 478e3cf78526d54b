import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildOnlineServicesOption } from '#src/features/online-services/online-services-option.ts'
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
const build = optionBuilder(buildOnlineServicesOption, figures)

describe('the registered → verified users chart', () => {
  it('draws the report’s 10995 registered and 7441 verified users, in that order', () => {
    const data = onlySeries(build(), 'bar').data as Array<{ id: string; value: number }>
    expect(data.map(({ id, value }) => ({ id, value }))).toEqual([
      { id: 'online.registered', value: 10995 },
      { id: 'online.verified', value: 7441 },
    ])
  })

  it('computes the verification rate from those two figures and says it is computed', () => {
    const rate = figures.get('online.verification-rate')
    expect(rate?.kind).toBe('computed')
    expect(rate?.value).toBeCloseTo((7441 / 10995) * 100, 10)
    const zh = build()
    expect(labelAt(zh, 'bar', 0)).toBe('注册用户  10995 人')
    expect(labelAt(zh, 'bar', 1)).toBe('实名认证  7441 人\n占注册用户 67.68%（计算值）')
  })

  it('labels the bars in English with full numbers', () => {
    const en = build('en')
    expect(labelAt(en, 'bar', 0)).toBe('Registered  10,995 people')
    expect(labelAt(en, 'bar', 1)).toBe(
      'Verified  7,441 people\nShare of registered users 67.68% (computed)',
    )
  })

  it('leaves out the rate when a figure is not reported, and never draws a blank as 0', () => {
    const blank = categoryFigures('online-services', { 'online.registered': null })
    expect(blank.get('online.verification-rate')?.value).toBeNull()
    const option = build('zh', blank)
    const data = onlySeries(option, 'bar').data as Array<{ id: string }>
    expect(data.map((item) => item.id)).toEqual(['online.verified'])
    expect(labelAt(option, 'bar', 0)).toBe('实名认证  7441 人')
  })

  it('shows the figure in the tooltip, with the English label', () => {
    expect(tooltipAt(build('en'), 1)).toBe(
      'Users with verified real names<br/>7,441 people<br/>Share of registered users 67.68% (computed)',
    )
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'online.verified')
    expectEscapedTooltip(build('zh', hostile, CHART_PALETTES.dark), 1)
  })
})
