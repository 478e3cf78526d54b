import { describe, expect, it } from 'vitest'
import { crossYearChecks } from '../../src/domain/cross-year-checks.ts'
import type { Metric, Report } from '../../src/domain/report-schema.ts'

const metric = (id: string, value: number | null): Metric =>
  ({
    id,
    label: { zh: id, en: id },
    unit: 'piece',
    value,
    asWritten: value === null ? '' : String(value),
    approximate: false,
    category: 'applications',
    source: 'table',
    table: { code: null, parent: null },
    citations: [{ section: 'table', line: 1, quote: id }],
  }) as Metric

const report = (
  id: string,
  year: number,
  figures: Record<string, number | null>,
  agency = '平潭综合实验区',
): Report =>
  ({
    id,
    meta: { year, agency: { zh: agency, en: agency } },
    metrics: Object.entries(figures).map(([key, value]) => metric(key, value)),
  }) as unknown as Report

describe('checks between consecutive years of one agency', () => {
  const y2021 = report('a-2021', 2021, {
    'applications.carried-forward.total': 1,
    'proactive.normative-documents.in-force': 665,
  })
  const y2022 = report('a-2022', 2022, {
    'applications.carried-over.total': 1,
    'proactive.normative-documents.issued': 88,
    'proactive.normative-documents.repealed': 55,
    'proactive.normative-documents.in-force': 698,
  })

  it('passes when last year carried forward what this year carries over, and in force follows', () => {
    const checks = crossYearChecks(y2021, y2022)
    expect(checks.map((c) => [c.id, c.status, c.detail])).toEqual([
      ['cross-year.carried-over', 'pass', '2021: 1 = 2022: 1'],
      ['cross-year.proactive.normative-documents.in-force', 'pass', '665 + 88 − 55 = 698 = 698'],
    ])
    expect(checks[1]?.figures.map((f) => [f.year, f.metric.value])).toEqual([
      [2021, 665],
      [2022, 88],
      [2022, 55],
      [2022, 698],
    ])
  })

  it('fails, showing both years, when the reports disagree', () => {
    const off = report('a-2022', 2022, { 'applications.carried-over.total': 0 })
    expect(crossYearChecks(y2021, off)).toEqual([
      expect.objectContaining({ status: 'fail', detail: '2021: 1 ≠ 2022: 0' }),
    ])
  })

  it('checks nothing across a gap of years, between agencies, or where a figure is not reported', () => {
    expect(
      crossYearChecks(y2021, report('a-2023', 2023, { 'applications.carried-over.total': 1 })),
    ).toEqual([])
    expect(
      crossYearChecks(
        y2021,
        report('b-2022', 2022, { 'applications.carried-over.total': 1 }, '别的机关'),
      ),
    ).toEqual([])
    expect(
      crossYearChecks(y2021, report('a-2022', 2022, { 'applications.carried-over.total': null })),
    ).toEqual([])
  })
})
