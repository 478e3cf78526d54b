import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildReviewTotalsOption } from '#src/features/review-litigation/totals-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
  withValues,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('review-litigation')
const busy = withValues(figures, { 'review.total': 2, 'complaints.total': 1 })
const build = optionBuilder(buildReviewTotalsOption, busy)

describe('the reviews, lawsuits and complaints chart', () => {
  it('takes the table’s rows 四, 五 and 六 as they are: all 0 in 2018', () => {
    expect(seriesData(build('zh', figures), 'bar')).toEqual([
      { id: 'review.total', name: '行政复议', value: 0 },
      { id: 'litigation.total', name: '行政诉讼', value: 0 },
      { id: 'complaints.total', name: '举报投诉', value: 0 },
    ])
  })

  it('draws a year with cases from its figures, labelled in Chinese and English', () => {
    const zh = build('zh')
    expect(seriesData(zh, 'bar').map((bar) => bar.value)).toEqual([2, 0, 1])
    expect(labelAt(zh, 'bar', 0)).toBe('2')
    expect(tooltipAt(zh, 2)).toBe('举报投诉数量<br/>1 件')
    const en = build('en', busy, CHART_PALETTES.dark)
    expect(seriesData(en, 'bar').map((bar) => bar.name)).toEqual([
      'Reviews',
      'Lawsuits',
      'Complaints',
    ])
    expect(tooltipAt(en, 0)).toBe('Administrative reconsiderations<br/>2 cases')
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(build('en', withHostileLabel(busy, 'review.total')), 0)
  })
})
