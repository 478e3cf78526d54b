// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importReport } from '../../src/importer/import-report.ts'
import { toDatasetParts } from '../../src/importer/to-dataset.ts'
import { changes, completeText, values } from './shanghai-2019.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const webText = fixture('shanghai-2019-web.txt')
const layoutText = fixture('shanghai-2019-layout.txt')

describe('2019 tables as other reports print them (constructed from the figures above)', () => {
  it('reads a complete table without layout in printed order, and every rule holds', () => {
    const result = importReport(completeText())
    expect(result.format).toBe('national-2019')
    expect(result.figures.filter((f) => f.id?.startsWith('applications.'))).toHaveLength(161)
    expect(result.checks.map((c) => c.ok)).toEqual(Array(40).fill(true))
    expect(result.figures.find((f) => f.id === 'applications.granted.total')?.value).toBe(272)
  })

  it('places a layout row with blank cells by the columns of the full rows', () => {
    const text = completeText(
      (r, cells) => (r === 2 ? [258, 12, null, null, 1, 1, null] : cells),
      true,
    )
    const result = importReport(text)
    expect(values(result, 'applications.granted.')).toEqual({
      'applications.granted.natural-person': 258,
      'applications.granted.business': 12,
      'applications.granted.research': null,
      'applications.granted.public-interest': null,
      'applications.granted.legal-services': 1,
      'applications.granted.other-org': 1,
      'applications.granted.total': null,
    })
    // No table 二 in this text: that is the only other problem.
    expect(result.problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/"主动公开政府信息情况" not found/),
      }),
      expect.objectContaining({
        line: 6,
        severity: 'warning',
        message: expect.stringMatching(/placed by the positions of their figures: 42 → 自然人/),
      }),
    ])
    expect(result.checks.filter((c) => c.ok === false)).toEqual([])
  })

  it('refuses a layout row whose figures fit no column', () => {
    const text = completeText(
      (r, cells) => (r === 2 ? [258, 12, null, null, 1, 1, null] : cells),
      true,
    )
    const lines = text.split('\n')
    // Each figure half-way between two columns.
    lines[5] = `${'（一）予以公开'.padEnd(34)}${' '.repeat(10)}258     12      1       1`
    const result = importReport(lines.join('\n'))
    expect(result.figures.some((f) => f.id?.startsWith('applications.granted.'))).toBe(false)
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 6,
        severity: 'error',
        message: expect.stringMatching(/cannot tell which cells are blank/),
      }),
    )
  })

  it('reports a broken total with its figures and lines', () => {
    const text = completeText((r, cells) => (r === 22 ? [72, 0, 0, 0, 0, 0, 73] : cells))
    const result = importReport(text)
    const check = (rule: string) => result.checks.find((c) => c.rule === rule)
    expect(check('applications.balance.total')).toMatchObject({
      ok: false,
      detail: '859 + 18 = 877 ≠ 805 + 73 = 878',
    })
    expect(check('applications.carried-forward.by-applicant')).toMatchObject({
      ok: false,
      detail: '72 + 0 + 0 + 0 + 0 + 0 = 72 ≠ 73',
    })
    const lines = text.split('\n')
    const figures = check('applications.balance.total')?.figures ?? []
    expect(figures.map((f) => lines[f.line - 1])).toEqual(['859', '18', '805', '73'])
  })
})

describe('本年增/减 and the other 2019 cells', () => {
  const replace = (text: string, line: number, to: string) =>
    text
      .split('\n')
      .map((l, i) => (i === line - 1 ? to : l))
      .join('\n')

  it('keeps the sign of a change, and keeps it out of the dataset', () => {
    const web = importReport(replace(webText, 124, '-3'))
    expect(web.figures.find((f) => f.rowLabel === '行政许可' && f.id === null)).toMatchObject({
      value: -3,
      asWritten: '-3',
      line: 124,
      note: expect.stringMatching(/not a dataset metric/),
    })
    const text = replace(
      layoutText,
      44,
      '    行政许可                                12                  +5                  40',
    )
    const layout = importReport(text)
    expect(values(layout, 'proactive.licensing.')).toEqual({
      'proactive.licensing.previous-items': 12,
      'proactive.licensing.decisions': 40,
    })
    expect(changes(layout)[0]).toEqual(['行政许可', 5])
    expect(layout.figures.find((f) => f.asWritten === '+5')?.line).toBe(44)
    expect(toDatasetParts(text, layout).issues).toEqual([])
  })

  it('reads a blank cell of table 二 by the heading’s positions', () => {
    const result = importReport(
      replace(layoutText, 40, '    规章                      13                524'),
    )
    expect(values(result, 'proactive.regulations.')).toEqual({
      'proactive.regulations.made': 13,
      'proactive.regulations.published': null,
      'proactive.regulations.public-total': 524,
    })
  })

  it('reads 采购总金额 in the heading’s unit, and says when no unit is printed', () => {
    const inYuan = replace(
      replace(layoutText, 54, '信息内容   采购项目数量   采购总金额（元）'),
      55,
      '    政府集中采购                              6                          251000',
    )
    const amount = (text: string) =>
      importReport(text).figures.find((f) => f.id === 'proactive.procurement.amount')
    expect(amount(inYuan)).toMatchObject({ value: 25.1, asWritten: '251000', line: 55 })
    const bare = replace(layoutText, 55, '    政府集中采购         6          251000')
    expect(amount(bare)).toMatchObject({ value: 251000, note: 'no unit printed: read as 万元' })
    expect(importReport(bare).problems).toContainEqual(
      expect.objectContaining({
        line: 55,
        severity: 'warning',
        message: expect.stringMatching(/no unit/),
      }),
    )
  })
})
