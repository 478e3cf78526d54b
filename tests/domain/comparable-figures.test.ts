import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  COMPARABLE_FIGURES,
  comparability,
  comparableFigure,
  comparableValue,
  mappedMetricIds,
} from '#src/domain/comparable-figures.ts'
import { type Report, ReportSchema, TABLE_FORMATS } from '#src/domain/report-schema.ts'
import { metricIds } from '#src/importer/formats/formats.ts'
import { loadReport, withValue } from '../fixtures/report.ts'

const huaian = (): Report =>
  ReportSchema.parse(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../data/reports/huaian-gov-2024.json'), 'utf8'),
    ),
  )

describe('the row mapping between table formats', () => {
  it.each(TABLE_FORMATS)('names only metric ids the importer writes for %s', (format) => {
    const ids = new Set(metricIds(format))
    expect(mappedMetricIds(format).filter((id) => !ids.has(id))).toEqual([])
  })

  it('names only metric ids of the bundled 2015-format and 2021-format reports', () => {
    const wuzhong = new Set(loadReport().metrics.map((metric) => metric.id))
    expect(mappedMetricIds('national-2015').filter((id) => !wuzhong.has(id))).toEqual([])
    const huaianIds = new Set(huaian().metrics.map((metric) => metric.id))
    expect(mappedMetricIds('national-2021').filter((id) => !huaianIds.has(id))).toEqual([])
  })

  it('gives every figure a unique id, both labels and a reason wherever a format lacks it', () => {
    const ids = COMPARABLE_FIGURES.map((figure) => figure.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const figure of COMPARABLE_FIGURES) {
      expect(figure.label.zh).toMatch(/\p{Script=Han}/u)
      expect(figure.label.en).toMatch(/[a-z]/)
      for (const format of TABLE_FORMATS) {
        const source = figure.formats[format]
        if (source.kind === 'absent') expect(source.reason.zh && source.reason.en).toBeTruthy()
        if (source.kind === 'sum') expect(source.ids.length).toBeGreaterThan(1)
      }
    }
  })

  it('marks 2015 rows that are only close to a 2021 row as approximate, with a note', () => {
    const granted = comparableFigure('applications-granted')
    expect(comparability(granted, 'national-2015', 'national-2021')).toBe('approximate')
    expect(comparability(granted, 'national-2019', 'national-2021')).toBe('same')
    const documents = comparableFigure('normative-documents-issued')
    expect(comparability(documents, 'national-2015', 'national-2019')).toBe('approximate')
    expect(comparability(documents, 'national-2019', 'national-2021')).toBe('same')
    expect(comparability(granted, 'national-2015', 'national-2015')).toBe('same')
    expect(granted.match.kind === 'approximate' && granted.match.note.zh).toContain('同意公开')
    const lawsuits = comparableFigure('litigation-total')
    expect(comparability(lawsuits, 'national-2015', 'national-2021')).toBe('same')
    const proactive = comparableFigure('proactive-total')
    expect(comparability(proactive, 'national-2015', 'national-2021')).toBe('none')
    expect(comparability(proactive, 'national-2015', 'national-2015')).toBe('same')
  })
})

describe('a compared figure read from a report', () => {
  it('adds the two lawsuit blocks of the 2021 table: 26 + 20 = 46, with both sources', () => {
    const value = comparableValue(huaian(), 'litigation-total')
    expect(value).toMatchObject({
      value: 46,
      how: 'sum',
      status: 'reported',
      expression: '26 + 20',
    })
    expect(value.sources.map((source) => [source.metricId, source.value])).toEqual([
      ['litigation.direct.total', 26],
      ['litigation.after-review.total', 20],
    ])
    expect(value.sources.every((source) => source.citation?.line === 223)).toBe(true)
  })

  it('adds the eight grounds of refusal of the 2021 table', () => {
    const value = comparableValue(huaian(), 'applications-refused')
    expect(value).toMatchObject({ value: 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105, how: 'sum' })
    expect(value.sources).toHaveLength(8)
  })

  it('reads a direct row with its citation', () => {
    const value = comparableValue(huaian(), 'review-total')
    expect(value).toMatchObject({ value: 351, how: 'direct', expression: null, asWritten: '351' })
    expect(value.sources[0]?.citation).toMatchObject({
      line: 223,
      section: 'national-2021.review-litigation',
    })
    const wuzhong = comparableValue(loadReport(), 'review-total')
    expect(wuzhong).toMatchObject({ value: 0, how: 'direct', status: 'reported' })
    expect(wuzhong.sources[0]?.citation?.quote).toContain('行政复议数量')
  })

  it('keeps a blank row not reported, never 0, and a sum with a blank term too', () => {
    const blankFees = withValue(loadReport(), 'applications.fees', null)
    expect(comparableValue(blankFees, 'application-fees')).toMatchObject({
      value: null,
      status: 'not-reported',
      how: 'direct',
    })
    const blankTerm = withValue(loadReport(), 'applications.answered.not-exist', null)
    const notHeld = comparableValue(blankTerm, 'applications-not-held')
    expect(notHeld).toMatchObject({ value: null, status: 'not-reported', how: 'sum' })
    expect(notHeld.expression).toBeNull()
    expect(notHeld.sources.map((source) => source.value)).toEqual([0, null])
  })

  it('says a row the format does not have is not in the format, with the reason', () => {
    const value = comparableValue(huaian(), 'proactive-total')
    expect(value).toMatchObject({ value: null, how: 'absent', status: 'not-in-format' })
    expect(value.reason?.zh).toContain('主动公开')
  })

  it('treats a mapped row missing from the dataset as not reported', () => {
    const report = loadReport()
    const without = {
      ...report,
      metrics: report.metrics.filter((metric) => metric.id !== 'review.total'),
    }
    const value = comparableValue(without, 'review-total')
    expect(value).toMatchObject({ value: null, status: 'not-reported' })
    expect(value.sources[0]?.citation).toBeNull()
  })

  it('adds decimal amounts without floating-point tails', () => {
    const report = {
      ...huaian(),
      metrics: huaian().metrics.map((metric) =>
        metric.id === 'litigation.direct.total'
          ? { ...metric, value: 0.1 }
          : metric.id === 'litigation.after-review.total'
            ? { ...metric, value: 0.2 }
            : metric,
      ),
    }
    expect(comparableValue(report, 'litigation-total').value).toBe(0.3)
  })

  it('refuses an unknown figure id', () => {
    expect(() => comparableValue(loadReport(), 'no-such-figure')).toThrow('no-such-figure')
  })
})
