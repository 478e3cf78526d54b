import { describe, expect, it } from 'vitest'
import { formatFigure, formatFigureWithUnit, formatNumber } from '#src/lib/format.ts'

describe('number formatting', () => {
  it('uses 万 in Chinese where no digit is lost', () => {
    expect(formatNumber(260_400, 'zh')).toBe('26.04万')
    expect(formatNumber(222_000, 'zh')).toBe('22.2万')
    expect(formatNumber(300_000_000, 'zh')).toBe('3亿')
  })

  it('keeps every digit in Chinese when 万 would round', () => {
    expect(formatNumber(10_995, 'zh')).toBe('10995')
  })

  it('writes four-digit numbers without a separator in Chinese, as the report does', () => {
    expect(formatNumber(2475, 'zh')).toBe('2475')
    expect(formatNumber(2475, 'en')).toBe('2,475')
  })

  it('uses thousands separators in English', () => {
    expect(formatNumber(260_400, 'en')).toBe('260,400')
  })
})

describe('figure formatting', () => {
  const base = { unit: 'item' as const, approximate: false }

  it('says “not reported” for a blank figure, never 0', () => {
    expect(formatFigure({ ...base, value: null }, 'zh')).toBe('未报告')
    expect(formatFigure({ ...base, value: null }, 'en')).toBe('Not reported')
  })

  it('keeps the report’s 余 and 约', () => {
    expect(
      formatFigure({ ...base, value: 2400, approximate: true, asWritten: '2400余' }, 'zh'),
    ).toBe('2400余')
    expect(
      formatFigure({ ...base, value: 2400, approximate: true, asWritten: '2400余' }, 'en'),
    ).toBe('over 2,400')
    expect(formatFigure({ ...base, value: 50, approximate: true, asWritten: '约50' }, 'en')).toBe(
      'about 50',
    )
  })

  it('adds the unit in each language', () => {
    expect(formatFigureWithUnit({ ...base, value: 2475 }, 'zh')).toBe('2475 条')
    expect(formatFigureWithUnit({ ...base, value: 2475 }, 'en')).toBe('2,475 items')
    expect(formatFigureWithUnit({ ...base, value: 33, unit: 'percent' }, 'en')).toBe('33%')
  })

  it('counts 件 as documents for rules and normative documents, as cases otherwise', () => {
    expect(formatFigureWithUnit({ ...base, value: 5, unit: 'document' }, 'zh')).toBe('5 件')
    expect(formatFigureWithUnit({ ...base, value: 5, unit: 'document' }, 'en')).toBe('5 documents')
    expect(formatFigureWithUnit({ ...base, value: 1, unit: 'document' }, 'en')).toBe('1 document')
    expect(formatFigureWithUnit({ ...base, value: 811, unit: 'piece' }, 'zh')).toBe('811 件')
    expect(formatFigureWithUnit({ ...base, value: 811, unit: 'piece' }, 'en')).toBe('811 cases')
  })
})
