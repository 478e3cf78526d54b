import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '../../../src/components/chart/chart-theme.ts'
import { buildChannelSplitOption } from '../../../src/features/proactive/channel-split-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('proactive')
const build = (locale: 'zh' | 'en' = 'zh') =>
  buildChannelSplitOption({ figures, locale, palette: CHART_PALETTES.light })

function pieSeries(option: ReturnType<typeof build>) {
  const series = Array.isArray(option.series) ? option.series[0] : option.series
  if (!series || series.type !== 'pie') throw new Error('expected one pie series')
  return series
}

describe('the channel split chart', () => {
  it('draws the table’s channels with the report’s figures, which add up to 2475', () => {
    const data = pieSeries(build()).data as Array<{ id: string; name: string; value: number }>
    expect(data).toEqual([
      { id: 'proactive.channel.website', name: '政府网站', value: 252 },
      { id: 'proactive.channel.weibo', name: '政务微博', value: 1356 },
      { id: 'proactive.channel.wechat', name: '政务微信', value: 837 },
      { id: 'proactive.channel.other', name: '其他方式', value: 30 },
      { id: 'proactive.channel.gazette', name: '政府公报', value: 0 },
    ])
    expect(data.reduce((sum, slice) => sum + slice.value, 0)).toBe(2475)
  })

  it('does not add the text’s approximate channels (公安网站 2400余, 新闻媒体 4900余) to the split', () => {
    const ids = (pieSeries(build()).data as Array<{ id: string }>).map((slice) => slice.id)
    expect(ids).not.toContain('proactive.channel.police-website')
    expect(ids).not.toContain('proactive.channel.news-media')
  })

  it('labels slices in English with the share of the total', () => {
    const series = pieSeries(build('en'))
    const formatter = series.label?.formatter
    if (typeof formatter !== 'function') throw new Error('expected a label formatter')
    expect(formatter({ name: 'Weibo', value: 1356 } as never)).toBe('Weibo\n1,356 · 54.8%')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = new Map(figures)
    const weibo = hostile.get('proactive.channel.weibo')
    if (!weibo) throw new Error('missing weibo')
    hostile.set(weibo.id, { ...weibo, label: { zh: '<img src=x onerror=alert(1)>', en: 'x' } })
    const option = buildChannelSplitOption({
      figures: hostile,
      locale: 'zh',
      palette: CHART_PALETTES.dark,
    })
    const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip
    const formatter = tooltip?.formatter
    if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter')
    const html = String(formatter({ dataIndex: 1 } as never, '', () => {}))
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
