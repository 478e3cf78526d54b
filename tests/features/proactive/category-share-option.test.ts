import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import {
  buildCategoryShareOption,
  categoryShareSentence,
  countId,
  INFORMATION_TYPES,
} from '#src/features/proactive/category-share-option.ts'
import { formatFigure } from '#src/lib/format.ts'
import {
  expectEscapedTooltip,
  labelAt,
  one,
  onlySeries,
  optionBuilder,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('proactive')
const build = optionBuilder(buildCategoryShareOption, figures)

describe('the information-type share chart', () => {
  it('draws the four shares part 2 states, in the report’s order, which add up to 100%', () => {
    const data = onlySeries(build(), 'bar').data as Array<{
      id: string
      name: string
      value: number
    }>
    expect(data).toEqual([
      { id: 'proactive.share.police', name: '警务公开', value: 33 },
      { id: 'proactive.share.services', name: '办事公开', value: 30 },
      { id: 'proactive.share.cases', name: '办案公开', value: 20 },
      { id: 'proactive.share.administration', name: '行政管理公开', value: 17 },
    ])
    expect(data.reduce((sum, bar) => sum + bar.value, 0)).toBe(100)
    expect(one(build().yAxis)).toMatchObject({
      inverse: true,
      data: ['警务公开', '办事公开', '办案公开', '行政管理公开'],
    })
  })

  it('labels bars and the axis in percent, in English and Chinese', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(labelAt(build(locale), 'bar', 0)).toBe('33%')
      expect(labelAt(build(locale), 'bar', 3)).toBe('17%')
    }
    const axis = one(build('en').xAxis) as { axisLabel?: { formatter?: unknown } }
    if (typeof axis.axisLabel?.formatter !== 'function') throw new Error('expected axis formatter')
    expect(axis.axisLabel.formatter(25)).toBe('25%')
    expect(one(build('en').yAxis)).toMatchObject({
      data: ['Policing', 'Services', 'Case handling', 'Administration'],
    })
  })

  it('shows the computed count in the tooltip as an estimate with its arithmetic', () => {
    expect(tooltipAt(build('zh'), 0)).toBe(
      '警务公开<br/>33%<br/>估算条数: 约817 条<br/>计算值: 2475 × 33%',
    )
    expect(tooltipAt(build('en'), 1)).toBe(
      'Share: public services<br/>30%<br/>Estimated items: about 743 items<br/>Computed: 2475 × 30%',
    )
  })

  it('computes the counts from the total and the shares, never from typed-in numbers', () => {
    const counts = INFORMATION_TYPES.map(({ key }) => figures.get(countId(key)))
    expect(counts.map((figure) => figure?.kind)).toEqual([
      'computed',
      'computed',
      'computed',
      'computed',
    ])
    expect(counts.map((figure) => figure?.value)).toEqual([817, 743, 495, 421])
    // An estimate is “about” the number (约), not the report’s “more than” (余).
    const police = counts[0]
    if (!police) throw new Error('missing police count')
    expect(formatFigure(police, 'zh')).toBe('约817')
    expect(formatFigure(police, 'en')).toBe('about 817')
  })

  it('writes an accessible sentence from the data', () => {
    expect(categoryShareSentence(figures, 'zh')).toBe(
      '主动公开信息类别占比：警务公开 33%；办事公开 30%；办案公开 20%；行政管理公开 17%',
    )
    expect(categoryShareSentence(figures, 'en')).toBe(
      'Share of proactive disclosure by type: Policing 33%; Services 30%; Case handling 20%; Administration 17%',
    )
  })

  it('leaves a blank share without a bar and names it 未报告, never 0', () => {
    const option = build('zh', categoryFigures('proactive', { 'proactive.share.services': null }))
    const data = onlySeries(option, 'bar').data as Array<{ value: number | string }>
    expect(data[1]?.value).toBe('-')
    expect(one(option.yAxis)).toMatchObject({ data: expect.arrayContaining(['办事公开 · 未报告']) })
    expect(tooltipAt(option, 1)).toContain('未报告')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'proactive.share.police')
    expectEscapedTooltip(build('zh', hostile, CHART_PALETTES.dark), 0)
  })
})
