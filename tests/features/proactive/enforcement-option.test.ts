import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '../../../src/components/chart/chart-theme.ts'
import {
  buildEnforcementOption,
  enforcementSentence,
  licensingMismatch,
} from '../../../src/features/proactive/enforcement-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('proactive')
const build = (locale: 'zh' | 'en' = 'zh', source = figures) =>
  buildEnforcementOption({ figures: source, locale, palette: CHART_PALETTES.light })

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

describe('the dual-publication chart', () => {
  it('draws part 8’s licences and penalties with the report’s figures', () => {
    expect(barSeries(build()).data).toEqual([
      { id: 'proactive.licensing', name: '行政许可', value: 5014 },
      { id: 'proactive.penalties', name: '行政处罚', value: 375 },
    ])
    const ids = (barSeries(build()).data as Array<{ id: string }>).map((bar) => bar.id)
    // Part 1's "5014 余项" is approximate: it is noted, not drawn next to the exact figure.
    expect(ids).not.toContain('proactive.licensing.summary')
  })

  it('labels bars with figure and unit in Chinese and English', () => {
    const zh = barSeries(build('zh')).label?.formatter
    const en = barSeries(build('en')).label?.formatter
    if (typeof zh !== 'function' || typeof en !== 'function') throw new Error('expected labels')
    expect(zh({ dataIndex: 0 } as never)).toBe('5014 项')
    expect(en({ dataIndex: 0 } as never)).toBe('5,014 items')
    expect(en({ dataIndex: 1 } as never)).toBe('375 items')
    expect(tooltipHtml(build('en'), 1)).toBe('Administrative penalties published<br/>375 items')
    expect(tooltipHtml(build('zh'), 0)).toBe('审核发布行政许可<br/>5014 项')
  })

  it('writes an accessible sentence from the data', () => {
    expect(enforcementSentence(figures, 'zh')).toBe(
      '“双公示”审核发布数：行政许可 5014 项；行政处罚 375 项',
    )
    expect(enforcementSentence(figures, 'en')).toBe(
      'Published under dual publication: Licences 5,014 items; Penalties 375 items',
    )
  })

  it('notes that part 1 writes "5014 余项" and part 8 "5014项", both from the data', () => {
    expect(licensingMismatch(figures, 'zh')?.text).toBe(
      '行政许可数前后写法不一：第一部分写作“5014余项”，第八部分写作“5014项”。图中采用第八部分的数字。',
    )
    expect(licensingMismatch(figures, 'en')?.text).toBe(
      'The report writes the licence count two ways: part 1 says “over 5,014 items”, part 8 says “5,014 items”. The chart uses the figure in part 8.',
    )
  })

  it('drops the note when both parts write the same figure', () => {
    const same = new Map(figures)
    const summary = same.get('proactive.licensing.summary')
    if (summary?.kind !== 'reported') throw new Error('missing summary')
    same.set(summary.id, { ...summary, approximate: false, asWritten: '5014' })
    expect(licensingMismatch(same, 'zh')).toBeNull()
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = new Map(figures)
    const penalties = hostile.get('proactive.penalties')
    if (!penalties) throw new Error('missing penalties')
    hostile.set(penalties.id, {
      ...penalties,
      label: { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' },
    })
    const html = tooltipHtml(
      buildEnforcementOption({ figures: hostile, locale: 'en', palette: CHART_PALETTES.dark }),
      1,
    )
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
