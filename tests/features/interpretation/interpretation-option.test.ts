import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import {
  buildInterpretationOption,
  interpretationSentence,
} from '#src/features/interpretation/interpretation-option.ts'
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

const figures = categoryFigures('interpretation')
const build = optionBuilder(buildInterpretationOption, figures)

describe('the responses and interpretation chart', () => {
  it('draws the table’s 二 rows with the report’s figures, zeros as 0', () => {
    expect(onlySeries(build(), 'bar').data).toEqual([
      { id: 'interpretation.hot-topic-responses', name: '回应热点舆情', value: 0 },
      { id: 'interpretation.press-conferences', name: '新闻发布会', value: 0 },
      { id: 'interpretation.online-interviews', name: '在线访谈', value: 0 },
      { id: 'interpretation.policy-interpretations', name: '政策解读稿件', value: 34 },
      { id: 'interpretation.weibo-wechat-responses', name: '微博微信回应', value: 213 },
      { id: 'interpretation.other-responses', name: '其他方式回应', value: 0 },
    ])
  })

  it('labels a reported zero "0" in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const option = build(locale)
      expect([0, 1, 2, 3, 4, 5].map((i) => labelAt(option, 'bar', i))).toEqual([
        '0',
        '0',
        '0',
        '34',
        '213',
        '0',
      ])
    }
    expect(onlySeries(build(), 'bar').label?.show).toBe(true)
  })

  it('says what each bar counts in the tooltip, with its unit', () => {
    expect(tooltipAt(build('zh'), 3)).toBe('政策解读稿件发布数<br/>34 篇')
    expect(tooltipAt(build('en'), 1)).toBe('Press conferences held or attended<br/>0 times')
    expect(tooltipAt(build('en'), 4)).toBe('Events responded to on Weibo and WeChat<br/>213 times')
  })

  it('writes an accessible sentence from the data', () => {
    expect(interpretationSentence(figures, 'zh')).toBe(
      '回应解读情况（统计表第二项）：回应热点舆情 0 次；新闻发布会 0 次；在线访谈 0 次；政策解读稿件 34 篇；微博微信回应 213 次；其他方式回应 0 次',
    )
    expect(interpretationSentence(figures, 'en')).toContain('Policy articles 34 articles')
  })

  it('shows a blank row as 未报告, not as a zero bar', () => {
    const blank = categoryFigures('interpretation', { 'interpretation.online-interviews': null })
    const option = build('zh', blank)
    expect((onlySeries(option, 'bar').data as Array<{ value: unknown }>)[2]?.value).toBe('-')
    expect(labelAt(option, 'bar', 2)).toBe('未报告')
    expect(one(option.yAxis)).toMatchObject({ data: expect.arrayContaining(['在线访谈 · 未报告']) })
    expect(interpretationSentence(blank, 'en')).toContain('Online interviews Not reported')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'interpretation.weibo-wechat-responses')
    expectEscapedTooltip(build('zh', hostile, CHART_PALETTES.dark), 4)
  })
})
