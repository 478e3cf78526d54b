import type { BarSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { buildComparison } from '#src/features/compare/comparison.ts'
import { comparisonCsv } from '#src/features/compare/comparison-csv.ts'
import {
  buildComparisonOption,
  comparisonChartHeight,
  comparisonSentence,
} from '#src/features/compare/comparison-option.ts'
import { HOSTILE } from '../../fixtures/chart-option.ts'
import { huaian2024, wuzhong2017 } from '../../fixtures/multi-year.ts'
import { loadReport } from '../../fixtures/report.ts'

const wuzhong = loadReport()
const pair = buildComparison([wuzhong, huaian2024()], wuzhong.id)
const build = (comparison = pair, locale: 'zh' | 'en' = 'zh') =>
  buildComparisonOption({ comparison, locale, palette: CHART_PALETTES.light })

const bars = (option: ReturnType<typeof build>) => option.series as BarSeriesOption[]
type Item = { id: string; name: string; value: number | '-' }
const item = (series: BarSeriesOption | undefined) => (series?.data as Item[] | undefined)?.[0]
const call = (formatter: unknown, series: BarSeriesOption | undefined) =>
  (formatter as (params: unknown) => string)({ data: item(series) })

describe('the comparison chart', () => {
  it('draws one group of bars per figure both reports give, one bar per report', () => {
    const option = build()
    const drawn = pair.rows.filter((row) => row.drawn)
    expect(drawn.map((row) => row.figure.id)).not.toContain('proactive-total')
    expect(bars(option)).toHaveLength(drawn.length * 2)
    const lawsuits = drawn.findIndex((row) => row.figure.id === 'litigation-total')
    expect(
      bars(option)
        .slice(lawsuits * 2, lawsuits * 2 + 2)
        .map(item),
    ).toEqual([
      { id: '0:litigation-total', name: '行政诉讼', value: 0 },
      { id: '1:litigation-total', name: '行政诉讼', value: 46 },
    ])
    expect(item(bars(option)[0])?.name).toBe('收到申请数 ≈')
    expect(option.legend).toMatchObject({ data: ['吴忠市公安局 2018年', '淮安市人民政府 2024年'] })
  })

  it('scales every figure from 0 to its own largest value', () => {
    const axes = build().xAxis as Array<{ min: number; max: number; gridIndex: number }>
    expect(axes[0]).toMatchObject({ min: 0, max: 3119, gridIndex: 0 })
    const drawn = pair.rows.filter((row) => row.drawn)
    const documents = drawn.findIndex((row) => row.figure.id === 'normative-documents-issued')
    expect(axes[documents]).toMatchObject({ min: 0, max: 8 })
  })

  it('labels the bars and says in the tooltip how a sum was computed', () => {
    const option = build()
    const drawn = pair.rows.filter((row) => row.drawn)
    const lawsuits =
      bars(option)[drawn.findIndex((row) => row.figure.id === 'litigation-total') * 2 + 1]
    expect(call(lawsuits?.label?.formatter, lawsuits)).toBe('46')
    const tooltip = (option.tooltip as { formatter: unknown }).formatter
    expect(call(tooltip, lawsuits)).toBe(
      '行政诉讼<br/>淮安市人民政府 2024年: 46 件<br/>计算值: 26 + 20',
    )
  })

  it('draws no bar for a blank figure, and leaves amounts in 万元 to the table', () => {
    const years = buildComparison([wuzhong2017(), wuzhong], wuzhong.id)
    expect(years.rows.find((row) => row.figure.id === 'application-fees')?.drawn).toBe(false)
    const blank: Report = {
      ...wuzhong2017(),
      id: 'wuzhong-psb-2016',
      meta: { ...wuzhong2017().meta, year: 2016 },
      metrics: wuzhong2017().metrics.map((metric) =>
        metric.id === 'review.total' ? { ...metric, value: null, asWritten: '' } : metric,
      ),
    }
    // Two reports, one blank: nothing to set side by side, so the table alone has the row.
    expect(
      buildComparison([blank, wuzhong], wuzhong.id).rows.find(
        (row) => row.figure.id === 'review-total',
      )?.drawn,
    ).toBe(false)
    const three = buildComparison([blank, wuzhong2017(), wuzhong], wuzhong.id)
    const review = bars(build(three)).filter((series) => item(series)?.id.endsWith(':review-total'))
    expect(review.map((series) => item(series)?.value)).toEqual(['-', 1, 0])
    expect(comparisonSentence(three, 'zh')).toContain(
      '行政复议，2016年 未报告，2017年 1 件，2018年 0 件',
    )
  })

  it('escapes an agency name written as markup in the tooltip', () => {
    const hostile: Report = {
      ...huaian2024(),
      meta: { ...huaian2024().meta, agency: { zh: HOSTILE, en: HOSTILE } },
    }
    const option = build(buildComparison([wuzhong, hostile], wuzhong.id), 'en')
    const tooltip = (option.tooltip as { formatter: unknown }).formatter
    const html = call(tooltip, bars(option)[1])
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it('is tall enough for every group', () => {
    const drawn = pair.rows.filter((row) => row.drawn).length
    // Two agencies: a legend line each.
    expect(comparisonChartHeight(pair)).toBe(2 * 20 + 12 + drawn * (2 * 14 + 18) + 8)
  })
})

describe('the comparison as CSV', () => {
  it('has one line per figure and report, empty where not reported or not in the table', () => {
    const lines = comparisonCsv(pair, 'zh').replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toBe('指标,机关,年份,统计表,数值,单位,说明,计算方法,来源,来源行,原文')
    expect(lines).toContain(
      '行政诉讼,淮安市人民政府,2024,2021 年版统计表,46,件,,26 + 20,政府信息公开行政复议、行政诉讼情况,223,' +
        lines
          .find((line) => line.startsWith('行政诉讼,淮安'))
          ?.split(',')
          .slice(10)
          .join(','),
    )
    const proactive = lines.find((line) => line.startsWith('主动公开政府信息数,淮安'))
    expect(proactive).toMatch(
      /^主动公开政府信息数,淮安市人民政府,2024,2021 年版统计表,,条,本表无此项: 2019 年起/,
    )
  })
})
