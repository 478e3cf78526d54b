import { describe, expect, it } from 'vitest'
import { allZero, tableRows } from '#src/components/panel/table-rows.ts'
import { withValues } from '../fixtures/chart-option.ts'
import { categoryFigures } from '../fixtures/figures.ts'

describe('the statistics table’s rows', () => {
  it('nest under their parents, and a heading the category does not return gets no row', () => {
    const rows = tableRows(categoryFigures('applications').values())
    const shown = rows.map(({ figure, depth }) => [figure.id, figure.table.code, depth])
    expect(shown.slice(0, 6)).toEqual([
      ['applications.received', '(一)', 0],
      ['applications.received.in-person', '1.', 1],
      ['applications.received.fax', '2.', 1],
      ['applications.received.online', '3.', 1],
      ['applications.received.letter', '4.', 1],
      ['applications.closed', '(二)', 0],
    ])
    expect(shown).toContainEqual(['applications.refused.state-secret', '其中', 2])
    expect(shown).toContainEqual(['applications.refused.privacy', null, 2])
    expect(shown).toContainEqual(['applications.fees', '七', 0])
    expect(rows.map(({ figure }) => figure.id)).not.toContain('table.applications')
    expect(rows).toHaveLength(24)
  })

  it('puts a child after its parent even when the figures come in another order', () => {
    const figures = [...categoryFigures('review-litigation').values()].reverse()
    const ids = tableRows(figures).map(({ figure }) => figure.id)
    expect(ids.indexOf('review.total')).toBeLessThan(ids.indexOf('review.upheld'))
    expect(ids.indexOf('litigation.total')).toBeLessThan(ids.indexOf('litigation.other'))
  })

  it('leaves out narrative figures, which are not in the table', () => {
    const ids = tableRows(categoryFigures('organisation').values()).map(({ figure }) => figure.id)
    expect(ids).toContain('organisation.budget')
    expect(ids).not.toContain('organisation.systems')
  })
})

describe('allZero', () => {
  const figures = categoryFigures('review-litigation')
  const totals = ['review.total', 'litigation.total', 'complaints.total']

  it('is true only when every figure is reported as 0', () => {
    expect(allZero(figures, totals)).toBe(true)
    expect(allZero(withValues(figures, { 'litigation.total': 1 }), totals)).toBe(false)
  })

  it('does not take a blank or missing figure for 0', () => {
    const blank = new Map(figures)
    const review = blank.get('review.total')
    if (review) blank.set('review.total', { ...review, value: null })
    expect(allZero(blank, totals)).toBe(false)
    expect(allZero(figures, ['no.such.figure'])).toBe(false)
  })
})
