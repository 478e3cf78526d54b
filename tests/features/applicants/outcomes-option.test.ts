import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { Figure } from '#src/domain/figures.ts'
import { outcomeBars, withOutcomeSums } from '#src/features/applicants/outcome-figures.ts'
import { buildOutcomesOption, outcomesSentence } from '#src/features/applicants/outcomes-option.ts'
import { computedNote } from '#src/features/applicants/outcomes-panel.tsx'
import {
  expectEscapedTooltip,
  labelAt,
  one,
  onlySeries,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { huaianFigures } from '../applications-table/huaian.tsx'

const figures = huaianFigures('applications')
const build = optionBuilder(buildOutcomesOption, figures)

const REFUSED_ROWS = [
  'state-secret',
  'prohibited',
  'security-stability',
  'third-party',
  'internal-affairs',
  'process-information',
  'enforcement-files',
  'query-matters',
].map((row) => `applications.refused.${row}.total`)

describe('the outcomes chart', () => {
  it('draws (一)–(六) in the 总计 column, the groups as the sums of their rows', () => {
    expect(seriesData(build(), 'bar')).toEqual([
      { id: 'applications.granted.total', name: '予以公开', value: 1362 },
      { id: 'applications.partly-granted.total', name: '部分公开', value: 454 },
      { id: 'applications.refused.total', name: '不予公开', value: 178 },
      { id: 'applications.unavailable.total', name: '无法提供', value: 781 },
      { id: 'applications.not-processed.total', name: '不予处理', value: 88 },
      { id: 'applications.other.total', name: '其他处理', value: 187 },
    ])
    // The six add up to the table's (七) 总计.
    const sum = seriesData(build(), 'bar').reduce((total, bar) => total + bar.value, 0)
    expect(sum).toBe(figures.get('applications.results-total.total')?.value)
  })

  it('computes 不予公开 from its 8 rows: 178 = 2+31+5+6+8+12+9+105, and says so', () => {
    const refused = outcomeBars(figures, 'zh')[2]
    expect(refused?.figure).toMatchObject({
      kind: 'computed',
      id: 'applications.refused.total',
      value: 178,
      computed: {
        inputs: REFUSED_ROWS,
        expression: '第1–8项之和 = 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105',
      },
    })
    expect(refused?.parts.map((part) => part.id)).toEqual(REFUSED_ROWS)
    expect(outcomeBars(figures, 'en')[2]?.figure).toMatchObject({
      computed: { expression: 'sum of rows 1–8 = 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105' },
    })
    expect(outcomeBars(figures, 'zh')[3]?.figure).toMatchObject({
      computed: { expression: '第1–3项之和 = 769 + 11 + 1' },
    })
    // The printed rows stay as printed.
    expect(outcomeBars(figures, 'zh')[0]?.figure.kind).toBe('reported')
  })

  it('says in the tooltip which bars are computed and how, with the share of all outcomes', () => {
    expect(tooltipAt(build('zh'), 2)).toBe(
      '不予公开：总计<br/>178 件 · 占办理结果总计 5.8%<br/>计算值：第1–8项之和 = 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105',
    )
    expect(tooltipAt(build('en'), 5)).toBe(
      'Otherwise handled: total<br/>187 cases · 6.1% of all outcomes<br/>Computed: sum of rows 1–3 = 71 + 6 + 110',
    )
    expect(tooltipAt(build('zh'), 0)).toBe('予以公开：总计<br/>1362 件 · 占办理结果总计 44.7%')
    expect(labelAt(build('en'), 'bar', 0)).toBe('1,362')
  })

  it('draws a computed bar lighter, in a dashed outline', () => {
    const data = onlySeries(build(), 'bar').data as Array<{ itemStyle?: object }>
    expect(data[0]?.itemStyle).toBeUndefined()
    expect(data[2]?.itemStyle).toEqual({
      color: '#1f5fbf80',
      borderColor: '#1f5fbf',
      borderWidth: 1.5,
      borderType: 'dashed',
    })
  })

  it('leaves a sum with a blank row unreported, not drawn and named 未报告', () => {
    const blank = huaianFigures('applications', { 'applications.refused.prohibited.total': null })
    const option = build('zh', blank)
    const data = onlySeries(option, 'bar').data as Array<{ value: number | string }>
    expect(data[2]?.value).toBe('-')
    expect(one(option.yAxis)).toMatchObject({ data: expect.arrayContaining(['不予公开 · 未报告']) })
    expect(tooltipAt(option, 2)).toBe(
      '不予公开：总计<br/>未报告<br/>计算值：第1–8项之和 = 2 + ? + 5 + 6 + 8 + 12 + 9 + 105',
    )
  })

  it('draws a group the report prints as one row from that row (the 2019 table’s 其他处理)', () => {
    const nineteen = new Map([...figures].filter(([id]) => !id.startsWith('applications.other.')))
    const printed = figures.get('applications.other.other.total') as Figure & { kind: 'reported' }
    nineteen.set('applications.other.total', {
      ...printed,
      id: 'applications.other.total',
      label: { zh: '其他处理：总计', en: 'Otherwise handled: total' },
      value: 187,
    })
    const other = outcomeBars(nineteen, 'zh')[5]
    expect(other?.figure).toMatchObject({ kind: 'reported', value: 187 })
    expect(other?.parts).toEqual([])
    expect(tooltipAt(build('zh', nineteen), 5)).not.toContain('计算值')
  })

  it('leaves out a group none of whose rows the report has', () => {
    const fewer = new Map([...figures].filter(([id]) => !id.startsWith('applications.refused.')))
    expect(seriesData(build('zh', fewer), 'bar').map((bar) => bar.name)).not.toContain('不予公开')
  })

  it('adds the computed totals to the figures, for the table view and a click', () => {
    const withSums = withOutcomeSums(figures, 'zh')
    expect(withSums.get('applications.refused.total')?.value).toBe(178)
    expect(withSums.get('applications.other.total')?.kind).toBe('computed')
    expect(figures.has('applications.refused.total')).toBe(false)
  })

  it('notes the computed groups in words, and marks them in the accessible sentence', () => {
    const computed = outcomeBars(figures, 'zh').filter((bar) => bar.figure.kind === 'computed')
    expect(computedNote(computed, 'zh')).toBe(
      '虚线条形为计算值：报告只列出分项，未列合计（不予公开 = 第1–8项之和；无法提供 = 第1–3项之和；不予处理 = 第1–5项之和；其他处理 = 第1–3项之和）。点击条形可查看各分项的出处。',
    )
    expect(outcomesSentence(figures, 'zh')).toBe(
      '条形图：本年度办理结果：予以公开 1362 件；部分公开 454 件；不予公开 178 件（计算值）；无法提供 781 件（计算值）；不予处理 88 件（计算值）；其他处理 187 件（计算值）',
    )
    expect(outcomesSentence(figures, 'en')).toContain('Refused 178 cases (computed)')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'applications.granted.total')
    expectEscapedTooltip(build('en', hostile, CHART_PALETTES.dark), 0)
  })
})
