// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../src/domain/checks.ts'
import { type Report, ReportSchema } from '../../src/domain/report-schema.ts'
import { importedReport } from '../../src/importer/dataset-rules.ts'
import { importReport } from '../../src/importer/import-report.ts'
import type { ReportBase } from '../../src/importer/to-dataset.ts'

/**
 * The bundled 淮安市人民政府 2024 report is the importer's output, not typed by hand: this test
 * imports the text again and compares. That the importer reads this text exactly as the PDF
 * prints it is proven, figure by figure, in tests/importer/national-2021.test.ts.
 */

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const raw: unknown = JSON.parse(read('data/reports/huaian-gov-2024.json'))
const text = read('data/reports/huaian-gov-2024.source.txt')
const base: ReportBase = JSON.parse(read('data/imports/huaian-gov-2024.base.json'))
// Page breaks (form feeds) are not part of a quote.
const lines = text.split('\n').map((line) => line.replace(/\f/g, ''))

const parsed = ReportSchema.safeParse(raw)
const report = (parsed.success ? parsed.data : raw) as Report
const value = (id: string) => report.metrics.find((metric) => metric.id === id)?.value

describe('the bundled 淮安市人民政府 2024 report', () => {
  it('is a valid report in the 2021 table format', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
    expect(report.meta.tableFormat).toBe('national-2021')
    expect(report.metrics).toHaveLength(200)
  })

  it('is exactly what the importer makes of the report text (regenerate with npm run import -- … --base …)', () => {
    expect(importedReport(text, importReport(text), base)).toEqual({ ok: true, report: raw })
  })

  it('holds the figures the report’s own text repeats in section 一（二）', () => {
    // “全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延”
    expect(value('applications.new.total')).toBe(3119)
    expect(value('applications.results-total.total')).toBe(3050)
    expect(value('applications.carried-over.total')).toBe(34)
    expect(value('applications.carried-forward.total')).toBe(103)
    // “行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件”
    expect(
      ['review.upheld', 'review.corrected', 'review.other', 'review.pending', 'review.total'].map(
        value,
      ),
    ).toEqual([72, 64, 178, 37, 351])
    // “行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件”
    const both = (outcome: string) =>
      (value(`litigation.direct.${outcome}`) ?? 0) +
      (value(`litigation.after-review.${outcome}`) ?? 0)
    expect(['upheld', 'corrected', 'other', 'pending', 'total'].map(both)).toEqual([
      25, 5, 9, 7, 46,
    ])
  })

  it('cites, for every figure, a line of the text that prints it', () => {
    for (const metric of report.metrics) {
      const [citation] = metric.citations
      expect(lines[(citation?.line ?? 0) - 1], metric.id).toContain(metric.asWritten)
      expect(lines[(citation?.line ?? 0) - 1], metric.id).toBe(citation?.quote)
    }
  })

  it('passes all 42 statutory balance rules', () => {
    const results = evaluateRules(report)
    expect(results).toHaveLength(42)
    expect(results.filter((result) => result.status !== 'pass')).toEqual([])
  })
})
