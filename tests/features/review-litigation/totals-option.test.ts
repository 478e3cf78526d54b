import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '../../../src/components/chart/chart-theme.ts'
import { buildReviewTotalsOption } from '../../../src/features/review-litigation/totals-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'
import {
  HOSTILE,
  labelAt,
  seriesData,
  tooltipAt,
  withHostileLabel,
  withValues,
} from '../statistics-table/chart-helpers.ts'

const figures = categoryFigures('review-litigation')
const busy = withValues(figures, { 'review.total': 2, 'complaints.total': 1 })

describe('the reviews, lawsuits and complaints chart', () => {
  it('takes the table’s rows 四, 五 and 六 as they are: all 0 in 2018', () => {
    const option = buildReviewTotalsOption({ figures, locale: 'zh', palette: CHART_PALETTES.light })
    expect(seriesData(option, 'bar')).toEqual([
      { id: 'review.total', name: '行政复议', value: 0 },
      { id: 'litigation.total', name: '行政诉讼', value: 0 },
      { id: 'complaints.total', name: '举报投诉', value: 0 },
    ])
  })

  it('draws a year with cases from its figures, labelled in Chinese and English', () => {
    const zh = buildReviewTotalsOption({
      figures: busy,
      locale: 'zh',
      palette: CHART_PALETTES.light,
    })
    expect(seriesData(zh, 'bar').map((bar) => bar.value)).toEqual([2, 0, 1])
    expect(labelAt(zh, 'bar', 0)).toBe('2')
    expect(tooltipAt(zh, 2)).toBe('举报投诉数量<br/>1 件')
    const en = buildReviewTotalsOption({
      figures: busy,
      locale: 'en',
      palette: CHART_PALETTES.dark,
    })
    expect(seriesData(en, 'bar').map((bar) => bar.name)).toEqual([
      'Reviews',
      'Lawsuits',
      'Complaints',
    ])
    expect(tooltipAt(en, 0)).toBe('Administrative reconsiderations<br/>2 cases')
  })

  it('escapes a hostile label in the tooltip', () => {
    const option = buildReviewTotalsOption({
      figures: withHostileLabel(busy, 'review.total'),
      locale: 'en',
      palette: CHART_PALETTES.light,
    })
    const html = tooltipAt(option, 0)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain(HOSTILE)
  })
})
