import type { BarSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import {
  buildReviewOutcomesOption,
  reviewOutcomesSentence,
} from '#src/features/review-outcomes/review-outcomes-option.ts'
import {
  expectEscapedTooltip,
  HOSTILE,
  one,
  optionBuilder,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { huaianFigures } from '../applications-table/huaian.tsx'

const figures = huaianFigures('review-litigation')
const build = optionBuilder(buildReviewOutcomesOption, figures)

type Item = { id?: string; name: string; value: number | string }
const allSeries = (option: ChartOption) => option.series as BarSeriesOption[]
const data = (option: ChartOption) => allSeries(option).map((series) => series.data as Item[])
const values = (option: ChartOption) => data(option).map((items) => items.map((item) => item.value))
const tooltip = (option: ChartOption, seriesIndex: number, dataIndex: number) => {
  const formatter = one(option.tooltip).formatter
  if (typeof formatter !== 'function') throw new Error('expected a tooltip formatter')
  return String(formatter({ seriesIndex, dataIndex } as never, '', () => {}))
}
const label = (option: ChartOption, seriesIndex: number, dataIndex: number) => {
  const formatter = allSeries(option)[seriesIndex]?.label?.formatter
  if (typeof formatter !== 'function') throw new Error('expected a label formatter')
  return formatter({ seriesIndex, dataIndex } as never)
}

describe('the review and litigation outcomes chart', () => {
  it('draws one bar per outcome for each body: review 72/64/178/37', () => {
    const option = build()
    expect(allSeries(option).map((series) => series.name)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
    ])
    expect(values(option)).toEqual([
      [72, 13, 12],
      [64, 4, 1],
      [178, 8, 1],
      [37, 1, 6],
    ])
    expect(values(option).map((series) => series[0])).toEqual([72, 64, 178, 37])
    expect(data(option)[2]?.[0]).toEqual({
      id: 'review.other',
      name: '行政复议',
      value: 178,
    })
    expect(one(option.legend)).toMatchObject({
      data: ['结果维持', '结果纠正', '其他结果', '尚未审结'],
    })
  })

  it('states each body’s total under its name', () => {
    const axis = one(build('zh').yAxis) as {
      data: string[]
      axisLabel: { formatter: (name: string) => string }
    }
    expect(axis.data).toEqual([
      '行政复议\n总计 351 件',
      '行政诉讼（直接起诉）\n总计 26 件',
      '行政诉讼（复议后起诉）\n总计 20 件',
    ])
    expect(axis.axisLabel.formatter('行政复议\n总计 351 件')).toBe(
      '{body|行政复议}\n{total|总计 351 件}',
    )
    const en = one(build('en').yAxis) as { data: string[] }
    expect(en.data[2]).toBe('Lawsuits after reconsideration\n20 cases in all')
  })

  it('labels each bar and gives the report’s label in the tooltip', () => {
    expect(label(build('zh'), 2, 0)).toBe('178')
    expect(label(build('zh'), 3, 2)).toBe('6')
    expect(tooltip(build('zh'), 2, 0)).toBe('行政复议：其他结果<br/>178 件')
    expect(tooltip(build('en'), 1, 1)).toBe(
      'Lawsuits without prior reconsideration: corrected<br/>4 cases',
    )
  })

  it('writes an accessible sentence with the totals', () => {
    expect(reviewOutcomesSentence(figures, 'zh')).toBe(
      '分组条形图：行政复议（总计 351 件）：结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；行政诉讼（直接起诉）（总计 26 件）：结果维持 13 件，结果纠正 4 件，其他结果 8 件，尚未审结 1 件；行政诉讼（复议后起诉）（总计 20 件）：结果维持 12 件，结果纠正 1 件，其他结果 1 件，尚未审结 6 件',
    )
    expect(reviewOutcomesSentence(figures, 'en')).toMatch(
      /^Grouped bar chart: Reconsideration \(351 cases in all\): Upheld 72 cases, Corrected 64 cases/,
    )
  })

  it('draws no bar for a blank figure and names it 未报告, never 0', () => {
    const blank = huaianFigures('review-litigation', { 'review.pending': null })
    const option = build('zh', blank)
    expect(values(option)[3]).toEqual(['-', 1, 6])
    expect(label(option, 3, 0)).toBe('未报告')
    expect(tooltip(option, 3, 0)).toBe('行政复议：尚未审结<br/>未报告')
  })

  it('leaves out a body the report does not have, and an empty slot for a missing figure', () => {
    const fewer = new Map([...figures].filter(([id]) => !id.startsWith('litigation.after-review.')))
    fewer.delete('litigation.direct.pending')
    const option = build('zh', fewer)
    expect(values(option)).toEqual([
      [72, 13],
      [64, 4],
      [178, 8],
      [37, '-'],
    ])
    expect(data(option)[3]?.[1]?.id).toBeUndefined()
    expect(tooltip(option, 3, 1)).toBe('')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'litigation.direct.upheld')
    const option = build('en', hostile, CHART_PALETTES.dark)
    expect(tooltip(option, 0, 1)).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(tooltip(option, 0, 1)).not.toContain(HOSTILE)
    expectEscapedTooltip(build('zh', withHostileLabel(figures, 'review.upheld')), 0)
  })
})
