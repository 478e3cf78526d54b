import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildChannelSplitOption } from '#src/features/proactive/channel-split-option.ts'
import {
  expectEscapedTooltip,
  onlySeries,
  optionBuilder,
  seriesLabel,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('proactive')
const build = optionBuilder(buildChannelSplitOption, figures)

describe('the channel split chart', () => {
  it('draws the table’s channels with the report’s figures, which add up to 2475', () => {
    const data = onlySeries(build(), 'pie').data as Array<{
      id: string
      name: string
      value: number
    }>
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
    const ids = (onlySeries(build(), 'pie').data as Array<{ id: string }>).map((slice) => slice.id)
    expect(ids).not.toContain('proactive.channel.police-website')
    expect(ids).not.toContain('proactive.channel.news-media')
  })

  it('labels slices in English with the share of the total', () => {
    expect(seriesLabel(build('en'), 'pie', { name: 'Weibo', value: 1356 })).toBe(
      'Weibo\n1,356 · 54.8%',
    )
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'proactive.channel.weibo')
    expectEscapedTooltip(build('zh', hostile, CHART_PALETTES.dark), 1)
  })
})
