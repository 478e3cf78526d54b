import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { buildApplicationChannelsOption } from '#src/features/applications/channels-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
  withValues,
} from '../../fixtures/chart-option.ts'
import { categoryFigures } from '../../fixtures/figures.ts'

const figures = categoryFigures('applications')
/** A year with applications: 7 received, 2 in person and 5 online. */
const busy = withValues(figures, {
  'applications.received': 7,
  'applications.received.in-person': 2,
  'applications.received.online': 5,
})
const build = optionBuilder(buildApplicationChannelsOption, busy)

describe('the applications-by-channel chart', () => {
  it('takes the table’s four channel rows as they are: all 0 in 2018', () => {
    expect(seriesData(build('zh', figures), 'bar')).toEqual([
      { id: 'applications.received.in-person', name: '当面', value: 0 },
      { id: 'applications.received.fax', name: '传真', value: 0 },
      { id: 'applications.received.online', name: '网络', value: 0 },
      { id: 'applications.received.letter', name: '信函', value: 0 },
    ])
  })

  it('draws a year with applications from its figures, labelled in Chinese and English', () => {
    const zh = build('zh')
    expect(seriesData(zh, 'bar').map((bar) => bar.value)).toEqual([2, 0, 5, 0])
    expect(labelAt(zh, 'bar', 2)).toBe('5')
    expect(tooltipAt(zh, 0)).toBe('当面申请数<br/>2 件')
    const en = build('en', busy, CHART_PALETTES.dark)
    expect(seriesData(en, 'bar').map((bar) => bar.name)).toEqual([
      'In person',
      'Fax',
      'Online',
      'Letter',
    ])
    expect(tooltipAt(en, 2)).toBe('Online<br/>5 cases')
  })

  it('escapes a hostile label in the tooltip', () => {
    expectEscapedTooltip(build('zh', withHostileLabel(busy, 'applications.received.online')), 2)
  })
})
