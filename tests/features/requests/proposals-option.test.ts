import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildProposalsOption } from '#src/features/requests/proposals-option.ts'
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
const build = optionBuilder(buildProposalsOption, figures)

describe('the suggestions and proposals donut', () => {
  it('splits the 13 into the report’s 3 NPC suggestions and 10 CPPCC proposals', () => {
    const data = seriesData(build(), 'pie')
    expect(data).toEqual([
      { id: 'requests.npc-suggestions', name: '人大建议', value: 3 },
      { id: 'requests.cppcc-proposals', name: '政协提案', value: 10 },
    ])
    expect(data.reduce((sum, slice) => sum + slice.value, 0)).toBe(
      figures.get('requests.proposals.total')?.value,
    )
  })

  it('labels slices with the figure and its share of the total, in Chinese and English', () => {
    expect(labelAt(build('zh'), 'pie', 1)).toBe('政协提案\n10 · 76.9%')
    expect(labelAt(build('en'), 'pie', 0)).toBe('NPC\n3 · 23.1%')
    expect(tooltipAt(build('en'), 0)).toBe(
      'Municipal People&#39;s Congress suggestions<br/>3 cases · 23.1%',
    )
    expect(tooltipAt(build('zh'), 1)).toBe('市政协提案<br/>10 件 · 76.9%')
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(
      build('en', withHostileLabel(figures, 'requests.npc-suggestions'), CHART_PALETTES.dark),
      0,
    )
  })
})
