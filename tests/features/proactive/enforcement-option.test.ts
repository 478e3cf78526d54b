import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import {
  buildEnforcementOption,
  enforcementSentence,
  licensingMismatch,
} from '#src/features/proactive/enforcement-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  onlySeries,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('proactive')
const build = optionBuilder(buildEnforcementOption, figures)

describe('the dual-publication chart', () => {
  it('draws part 8’s licences and penalties with the report’s figures', () => {
    expect(onlySeries(build(), 'bar').data).toEqual([
      { id: 'proactive.licensing', name: '行政许可', value: 5014 },
      { id: 'proactive.penalties', name: '行政处罚', value: 375 },
    ])
    const ids = seriesData(build(), 'bar').map((bar) => bar.id)
    // Part 1's "5014 余项" is approximate: it is noted, not drawn next to the exact figure.
    expect(ids).not.toContain('proactive.licensing.summary')
  })

  it('labels bars with figure and unit in Chinese and English', () => {
    expect(labelAt(build('zh'), 'bar', 0)).toBe('5014 项')
    expect(labelAt(build('en'), 'bar', 0)).toBe('5,014 items')
    expect(labelAt(build('en'), 'bar', 1)).toBe('375 items')
    expect(tooltipAt(build('en'), 1)).toBe('Administrative penalties published<br/>375 items')
    expect(tooltipAt(build('zh'), 0)).toBe('审核发布行政许可<br/>5014 项')
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
    const hostile = withHostileLabel(figures, 'proactive.penalties')
    expectEscapedTooltip(build('en', hostile, CHART_PALETTES.dark), 1)
  })
})
