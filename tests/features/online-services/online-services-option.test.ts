import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '../../../src/components/chart/chart-theme.ts'
import { type Figure, figureIndex } from '../../../src/domain/figures.ts'
import { buildOnlineServicesOption } from '../../../src/features/online-services/online-services-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'
import { loadReport, withValue } from '../../fixtures/report.ts'

const figures = categoryFigures('online-services')
const build = (locale: 'zh' | 'en' = 'zh', from: Map<string, Figure> = figures) =>
  buildOnlineServicesOption({ figures: from, locale, palette: CHART_PALETTES.light })

function barSeries(option: ReturnType<typeof build>) {
  const series = Array.isArray(option.series) ? option.series[0] : option.series
  if (series?.type !== 'bar') throw new Error('expected one bar series')
  return series
}

function labelFormatter(option: ReturnType<typeof build>) {
  const formatter = barSeries(option).label?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a label formatter')
  return (dataIndex: number) => formatter({ dataIndex } as never)
}

function tooltipFormatter(option: ReturnType<typeof build>) {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip
  const formatter = tooltip?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter')
  return (dataIndex: number) => String(formatter({ dataIndex } as never, '', () => {}))
}

describe('the registered → verified users chart', () => {
  it('draws the report’s 10995 registered and 7441 verified users, in that order', () => {
    const data = barSeries(build()).data as Array<{ id: string; value: number }>
    expect(data.map(({ id, value }) => ({ id, value }))).toEqual([
      { id: 'online.registered', value: 10995 },
      { id: 'online.verified', value: 7441 },
    ])
  })

  it('computes the verification rate from those two figures and says it is computed', () => {
    const rate = figures.get('online.verification-rate')
    expect(rate?.kind).toBe('computed')
    expect(rate?.value).toBeCloseTo((7441 / 10995) * 100, 10)
    const label = labelFormatter(build())
    expect(label(0)).toBe('注册用户  10,995 人')
    expect(label(1)).toBe('实名认证  7441 人\n占注册用户 67.68%（计算值）')
  })

  it('labels the bars in English with full numbers', () => {
    const label = labelFormatter(build('en'))
    expect(label(0)).toBe('Registered  10,995 people')
    expect(label(1)).toBe('Verified  7,441 people\nShare of registered users 67.68% (computed)')
  })

  it('leaves out the rate when a figure is not reported, and never draws a blank as 0', () => {
    const report = withValue(loadReport(), 'online.registered', null)
    const blank = figureIndex(
      report.metrics.filter((metric) => metric.category === 'online-services'),
    )
    expect(blank.get('online.verification-rate')?.value).toBeNull()
    const option = build('zh', blank)
    const data = barSeries(option).data as Array<{ id: string }>
    expect(data.map((item) => item.id)).toEqual(['online.verified'])
    expect(labelFormatter(option)(0)).toBe('实名认证  7441 人')
  })

  it('shows the figure in the tooltip, with the English label', () => {
    const html = tooltipFormatter(build('en'))(1)
    expect(html).toBe(
      'Users with verified real names<br/>7,441 people<br/>Share of registered users 67.68% (computed)',
    )
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = new Map(figures)
    const verified = hostile.get('online.verified')
    if (!verified) throw new Error('missing online.verified')
    hostile.set(verified.id, {
      ...verified,
      label: { zh: '<img src=x onerror=alert(1)>', en: 'x' },
    })
    const html = tooltipFormatter(
      buildOnlineServicesOption({ figures: hostile, locale: 'zh', palette: CHART_PALETTES.dark }),
    )(1)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
