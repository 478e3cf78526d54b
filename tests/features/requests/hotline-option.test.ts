import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildHotlineOption } from '#src/features/requests/hotline-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('requests')
const build = optionBuilder(buildHotlineOption, figures)

describe('the 12345 hotline chart', () => {
  it('compares requests received and closed with the report’s figures', () => {
    expect(seriesData(build(), 'bar')).toEqual([
      { id: 'requests.hotline.received', name: '受理诉求', value: 811 },
      { id: 'requests.hotline.closed', name: '已结案', value: 811 },
    ])
  })

  it('does not draw the rates, which are not counts', () => {
    const ids = seriesData(build(), 'bar').map((bar) => bar.id)
    expect(ids).not.toContain('requests.hotline.close-rate')
    expect(ids).not.toContain('requests.hotline.close-rate-stated')
  })

  it('labels bars and tooltips in Chinese and English', () => {
    expect(labelAt(build('zh'), 'bar', 0)).toBe('811')
    expect(tooltipAt(build('zh'), 1)).toBe('12345热线已结案<br/>811 件')
    expect(seriesData(build('en'), 'bar').map((bar) => bar.name)).toEqual(['Received', 'Closed'])
    expect(tooltipAt(build('en'), 0)).toBe('12345 hotline requests received<br/>811 cases')
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(
      build('zh', withHostileLabel(figures, 'requests.hotline.closed'), CHART_PALETTES.dark),
      1,
    )
  })
})
