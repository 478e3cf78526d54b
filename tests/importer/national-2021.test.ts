// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { metricIds } from '../../src/importer/formats/formats.ts'
import { importReport } from '../../src/importer/import-report.ts'
import { toDatasetParts } from '../../src/importer/to-dataset.ts'
import type { ImportResult } from '../../src/importer/types.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const layoutText = fixture('huaian-2024-layout.txt')
const rawText = fixture('huaian-2024-raw.txt')

/**
 * The tables of 淮安市人民政府 2024年政府信息公开工作年度报告 as the PDF prints them (typed from
 * the PDF's tables, not from the importer). Columns of table 三: 自然人, 商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他, 总计.
 */
const APPLICATIONS: Record<string, number[]> = {
  new: [3001, 53, 0, 0, 61, 4, 3119],
  'carried-over': [34, 0, 0, 0, 0, 0, 34],
  granted: [1288, 21, 0, 0, 50, 3, 1362],
  'partly-granted': [447, 7, 0, 0, 0, 0, 454],
  'refused.state-secret': [2, 0, 0, 0, 0, 0, 2],
  'refused.prohibited': [30, 1, 0, 0, 0, 0, 31],
  'refused.security-stability': [5, 0, 0, 0, 0, 0, 5],
  'refused.third-party': [6, 0, 0, 0, 0, 0, 6],
  'refused.internal-affairs': [7, 1, 0, 0, 0, 0, 8],
  'refused.process-information': [12, 0, 0, 0, 0, 0, 12],
  'refused.enforcement-files': [9, 0, 0, 0, 0, 0, 9],
  'refused.query-matters': [105, 0, 0, 0, 0, 0, 105],
  'unavailable.not-held': [746, 12, 0, 0, 10, 1, 769],
  'unavailable.needs-creation': [11, 0, 0, 0, 0, 0, 11],
  'unavailable.unclear': [1, 0, 0, 0, 0, 0, 1],
  'not-processed.petition': [56, 6, 0, 0, 0, 0, 62],
  'not-processed.repeated': [25, 0, 0, 0, 0, 0, 25],
  'not-processed.publications': [0, 0, 0, 0, 0, 0, 0],
  'not-processed.mass-repeated': [0, 0, 0, 0, 0, 0, 0],
  'not-processed.confirmation': [1, 0, 0, 0, 0, 0, 1],
  'other.not-corrected': [67, 3, 0, 0, 1, 0, 71],
  'other.fee-unpaid': [6, 0, 0, 0, 0, 0, 6],
  'other.other': [108, 2, 0, 0, 0, 0, 110],
  'results-total': [2932, 53, 0, 0, 61, 4, 3050],
  'carried-forward': [103, 0, 0, 0, 0, 0, 103],
}
const COLUMNS = [
  'natural-person',
  'business',
  'research',
  'public-interest',
  'legal-services',
  'other-org',
  'total',
]
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total']

const EXPECTED: Record<string, number> = {
  'proactive.regulations.issued': 1,
  'proactive.regulations.repealed': 0,
  'proactive.regulations.in-force': 11,
  'proactive.normative-documents.issued': 8,
  'proactive.normative-documents.repealed': 26,
  'proactive.normative-documents.in-force': 66,
  'proactive.licensing.decisions': 447228,
  'proactive.penalties.decisions': 3985758,
  'proactive.enforcement.decisions': 88283,
  'proactive.administrative-fees.amount': 96171.6,
  ...Object.fromEntries(
    Object.entries(APPLICATIONS).flatMap(([row, values]) =>
      values.map((value, c) => [`applications.${row}.${COLUMNS[c]}`, value]),
    ),
  ),
  ...Object.fromEntries(
    (
      [
        ['review', [72, 64, 178, 37, 351]],
        ['litigation.direct', [13, 4, 8, 1, 26]],
        ['litigation.after-review', [12, 1, 1, 6, 20]],
      ] as const
    ).flatMap(([block, values]) => values.map((value, c) => [`${block}.${OUTCOMES[c]}`, value])),
  ),
}

const values = (result: ImportResult) =>
  Object.fromEntries(result.figures.map((figure) => [figure.id, figure.value]))

describe.each([
  ['pdftotext -layout', layoutText],
  ['pdftotext without -layout', rawText],
])('the 2024 report of 淮安市人民政府 (%s)', (_, text) => {
  const result = importReport(text)

  it('reads every figure of the PDF’s three tables', () => {
    expect(result.format).toBe('national-2021')
    expect(Object.keys(EXPECTED)).toHaveLength(200)
    expect(values(result)).toEqual(EXPECTED)
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('passes every balance rule', () => {
    expect(result.checks).toHaveLength(42)
    expect(result.checks.filter((check) => check.ok !== true)).toEqual([])
    const natural = result.checks.find((c) => c.rule === 'applications.balance.natural-person')
    expect(natural?.detail).toBe('3001 + 34 = 3035 = 2932 + 103 = 3035')
  })

  it('gives every figure the line it is printed on', () => {
    const lines = text.split('\n')
    for (const figure of result.figures) {
      expect(lines[figure.line - 1], figure.id ?? '').toContain(figure.asWritten)
    }
  })

  it('writes metrics the dataset schema accepts, for every id it knows', () => {
    const parts = toDatasetParts(text, result)
    expect(parts.issues).toEqual([])
    expect(parts.metrics.map((m) => m.id).sort()).toEqual(metricIds('national-2021').sort())
  })
})

describe('the 2024 report of 淮安市人民政府: where each extraction differs', () => {
  it('reads the layout table in printed order, with rows on their own lines', () => {
    const result = importReport(layoutText)
    expect(result.problems).toEqual([])
    const figure = (id: string) => result.figures.find((f) => f.id === id)
    expect(figure('applications.new.total')).toMatchObject({ line: 126, code: '一' })
    expect(figure('applications.partly-granted.natural-person')).toMatchObject({ line: 133 })
    expect(figure('review.total')).toMatchObject({ line: 223, column: '总计' })
  })

  it('says that it grouped the scrambled review table by its totals', () => {
    const result = importReport(rawText)
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 605,
        message: expect.stringMatching(/72 \+ 64 \+ 178 \+ 37 = 351/),
      }),
    ])
  })

  it('reads the title, agency and year', () => {
    expect(importReport(rawText).meta).toEqual({
      title: '淮安市人民政府2024年政府信息公开工作年度报告',
      agency: '淮安市人民政府',
      year: 2024,
      filedOn: null,
    })
  })
})

describe('2021 tables as real reports print them', () => {
  const lines = layoutText.split('\n')
  const replace = (line: number, text: string) =>
    lines.map((l, i) => (i === line - 1 ? text : l)).join('\n')

  it('splits cells run together by the row’s 总计, and says so', () => {
    const text = replace(
      126,
      '一、本年新收政府信息公开申请数量                3001530061       4   3119',
    )
    const result = importReport(text)
    expect(values(result)).toEqual(EXPECTED)
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 126,
        severity: 'warning',
        message: expect.stringMatching(/3001 \| 53 \| 0 \| 0 \| 61 \| 4 \| 3119/),
      }),
    ])
  })

  it('refuses a run of digits that splits in more than one balanced way', () => {
    const text = replace(
      128,
      '二、上年结转政府信息公开申请数量                10   10    0    0    0   11',
    )
    const result = importReport(text)
    expect(result.figures.some((f) => f.id?.startsWith('applications.carried-over.'))).toBe(false)
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 128,
        severity: 'error',
        message: expect.stringMatching(/more than one way/),
      }),
    )
  })

  it('reads a blank cell of the 第二十条 table as not reported, by its column', () => {
    const result = importReport(replace(75, '规章            1                   11'))
    const figure = (id: string) => result.figures.find((f) => f.id === id)
    expect(figure('proactive.regulations.repealed')).toMatchObject({
      value: null,
      asWritten: '',
      line: 75,
    })
    expect(figure('proactive.regulations.in-force')).toMatchObject({ value: 11 })
  })

  it('reads 余 and units inside cells', () => {
    const result = importReport(replace(109, '行政事业性收费                       961716000元'))
    expect(
      result.figures.find((f) => f.id === 'proactive.administrative-fees.amount'),
    ).toMatchObject({
      value: 96171.6,
      asWritten: '961716000元',
    })
  })

  it('reports a failed balance rule with its figures and lines', () => {
    const text = replace(
      200,
      '四、结转下年度继续办理                          100          0        0         0        0         0    100',
    )
    const check = importReport(text).checks.find((c) => c.rule === 'applications.balance.total')
    expect(check).toMatchObject({ ok: false, detail: '3119 + 34 = 3153 ≠ 3050 + 100 = 3150' })
    expect(check?.figures.map((f) => f.line)).toEqual([126, 128, 197, 200])
  })
})
