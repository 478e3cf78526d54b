import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '../../../src/components/chart/chart-theme.ts'
import { figureIndex } from '../../../src/domain/figures.ts'
import {
  buildInterpretationOption,
  interpretationSentence,
} from '../../../src/features/interpretation/interpretation-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'
import { loadReport, withValue } from '../../fixtures/report.ts'

const figures = categoryFigures('interpretation')
const build = (locale: 'zh' | 'en' = 'zh', source = figures) =>
  buildInterpretationOption({ figures: source, locale, palette: CHART_PALETTES.light })

function barSeries(option: ReturnType<typeof build>) {
  const series = Array.isArray(option.series) ? option.series[0] : option.series
  if (series?.type !== 'bar') throw new Error('expected one bar series')
  return series
}

function tooltipHtml(option: ReturnType<typeof build>, dataIndex: number) {
  const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip
  const formatter = tooltip?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter')
  return String(formatter({ dataIndex } as never, '', () => {}))
}

function barLabel(option: ReturnType<typeof build>, dataIndex: number) {
  const formatter = barSeries(option).label?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a label formatter')
  return formatter({ dataIndex } as never)
}

describe('the responses and interpretation chart', () => {
  it('draws the table’s 二 rows with the report’s figures, zeros as 0', () => {
    expect(barSeries(build()).data).toEqual([
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
      expect([0, 1, 2, 3, 4, 5].map((i) => barLabel(option, i))).toEqual([
        '0',
        '0',
        '0',
        '34',
        '213',
        '0',
      ])
    }
    expect(barSeries(build()).label?.show).toBe(true)
  })

  it('says what each bar counts in the tooltip, with its unit', () => {
    expect(tooltipHtml(build('zh'), 3)).toBe('政策解读稿件发布数<br/>34 篇')
    expect(tooltipHtml(build('en'), 1)).toBe('Press conferences held or attended<br/>0 times')
    expect(tooltipHtml(build('en'), 4)).toBe(
      'Events responded to on Weibo and WeChat<br/>213 times',
    )
  })

  it('writes an accessible sentence from the data', () => {
    expect(interpretationSentence(figures, 'zh')).toBe(
      '回应解读情况（统计表第二项）：回应热点舆情 0 次；新闻发布会 0 次；在线访谈 0 次；政策解读稿件 34 篇；微博微信回应 213 次；其他方式回应 0 次',
    )
    expect(interpretationSentence(figures, 'en')).toContain('Policy articles 34 articles')
  })

  it('shows a blank row as 未报告, not as a zero bar', () => {
    const report = withValue(loadReport(), 'interpretation.online-interviews', null)
    const blank = figureIndex(
      report.metrics.filter((metric) => metric.category === 'interpretation'),
    )
    const option = build('zh', blank)
    expect((barSeries(option).data as Array<{ value: unknown }>)[2]?.value).toBe('-')
    expect(barLabel(option, 2)).toBe('未报告')
    const axis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis
    expect(axis).toMatchObject({ data: expect.arrayContaining(['在线访谈 · 未报告']) })
    expect(interpretationSentence(blank, 'en')).toContain('Online interviews Not reported')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = new Map(figures)
    const row = hostile.get('interpretation.weibo-wechat-responses')
    if (!row) throw new Error('missing row')
    hostile.set(row.id, { ...row, label: { zh: '<img src=x onerror=alert(1)>', en: 'x' } })
    const html = tooltipHtml(
      buildInterpretationOption({ figures: hostile, locale: 'zh', palette: CHART_PALETTES.dark }),
      4,
    )
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
