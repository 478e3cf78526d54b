import type { BarSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { ChartOption } from '#src/components/chart/echarts-setup.ts'
import {
  buildDocumentsOption,
  documentsSentence,
} from '#src/features/proactive-2021/documents-option.ts'
import { one, optionBuilder, withHostileLabel } from '../../fixtures/chart-option.ts'
import { huaianFigures } from '../applications-table/huaian.tsx'

const figures = huaianFigures('proactive')
const build = optionBuilder(buildDocumentsOption, figures)

type Item = { id?: string; name: string; value: number | string }
const allSeries = (option: ChartOption) => option.series as BarSeriesOption[]
const data = (option: ChartOption) => allSeries(option).map((series) => series.data as Item[])
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

describe('the rules and normative documents chart', () => {
  it('groups issued, repealed and in force by kind of document, with the report’s figures', () => {
    const option = build()
    expect(allSeries(option).map((series) => series.name)).toEqual([
      '本年制发',
      '本年废止',
      '现行有效',
    ])
    expect(data(option)).toEqual([
      [
        { id: 'proactive.regulations.issued', name: '规章', value: 1 },
        { id: 'proactive.normative-documents.issued', name: '行政规范性文件', value: 8 },
      ],
      [
        { id: 'proactive.regulations.repealed', name: '规章', value: 0 },
        { id: 'proactive.normative-documents.repealed', name: '行政规范性文件', value: 26 },
      ],
      [
        { id: 'proactive.regulations.in-force', name: '规章', value: 11 },
        { id: 'proactive.normative-documents.in-force', name: '行政规范性文件', value: 66 },
      ],
    ])
    // Decisions and fees differ by orders of magnitude: the panel states them, the chart does not.
    const ids = data(option)
      .flat()
      .map((item) => item.id)
    expect(ids).not.toContain('proactive.penalties.decisions')
  })

  it('labels every bar and names every kind, in Chinese and English', () => {
    expect(label(build('zh'), 2, 1)).toBe('66')
    expect(label(build('zh'), 1, 0)).toBe('0')
    expect(tooltip(build('zh'), 1, 1)).toBe('行政规范性文件：本年废止件数<br/>26 件')
    expect(tooltip(build('en'), 0, 0)).toBe('Government rules: issued this year<br/>1 document')
    expect(one(build('en').xAxis)).toMatchObject({
      data: ['Government rules', 'Normative documents'],
      axisLabel: { interval: 0, overflow: 'break' },
    })
    expect(one(build('en').legend)).toMatchObject({ data: ['Issued', 'Repealed', 'In force'] })
  })

  it('writes an accessible sentence from the data', () => {
    expect(documentsSentence(figures, 'zh')).toBe(
      '分组柱状图：规章：本年制发 1 件，本年废止 0 件，现行有效 11 件；行政规范性文件：本年制发 8 件，本年废止 26 件，现行有效 66 件',
    )
  })

  it('draws no bar for a blank figure and names it 未报告; leaves out a kind the report lacks', () => {
    const blank = huaianFigures('proactive', { 'proactive.normative-documents.repealed': null })
    expect(data(build('zh', blank))[1]?.[1]?.value).toBe('-')
    expect(label(build('zh', blank), 1, 1)).toBe('未报告')
    expect(tooltip(build('zh', blank), 1, 1)).toBe('行政规范性文件：本年废止件数<br/>未报告')
    const noRules = new Map([...figures].filter(([id]) => !id.startsWith('proactive.regulations.')))
    expect(one(build('zh', noRules).xAxis)).toMatchObject({ data: ['行政规范性文件'] })
    expect(build('zh', new Map()).series).toEqual([])
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'proactive.regulations.in-force')
    const html = tooltip(build('zh', hostile, CHART_PALETTES.dark), 2, 0)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
