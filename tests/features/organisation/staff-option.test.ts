import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildStaffOption } from '#src/features/organisation/staff-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('organisation')
const build = optionBuilder(buildStaffOption, figures)

describe('the staff donut', () => {
  it('splits the 4 staff into the table’s 1 full-time and 3 part-time', () => {
    expect(seriesData(build(), 'pie')).toEqual([
      { id: 'organisation.staff.full-time', name: '专职', value: 1 },
      { id: 'organisation.staff.part-time', name: '兼职', value: 3 },
    ])
  })

  it('labels slices with the figure and its share of all staff, in Chinese and English', () => {
    expect(labelAt(build('zh'), 'pie', 1)).toBe('兼职\n3 · 75%')
    expect(labelAt(build('en'), 'pie', 0)).toBe('Full-time\n1 · 25%')
    expect(tooltipAt(build('en'), 0)).toBe('Full-time staff<br/>1 person · 25%')
    expect(tooltipAt(build('zh'), 1)).toBe('兼职人员数<br/>3 人 · 75%')
  })

  it('draws no slice for a blank figure and does not label it 0', () => {
    const blank = new Map(figures)
    const partTime = blank.get('organisation.staff.part-time')
    if (partTime) blank.set(partTime.id, { ...partTime, value: null })
    expect(seriesData(build('zh', blank), 'pie').map((slice) => slice.id)).toEqual([
      'organisation.staff.full-time',
    ])
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(
      build('zh', withHostileLabel(figures, 'organisation.staff.part-time'), CHART_PALETTES.dark),
      1,
    )
  })
})
