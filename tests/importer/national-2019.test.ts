// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { metricIds } from '../../src/importer/formats/formats.ts'
import { importReport } from '../../src/importer/import-report.ts'
import { buildReport, toDatasetParts } from '../../src/importer/to-dataset.ts'
import {
  APPLICATION_VALUES,
  changes,
  completeText,
  PROACTIVE,
  REVIEW_VALUES,
  values,
} from './shanghai-2019.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const webText = fixture('shanghai-2019-web.txt')
const layoutText = fixture('shanghai-2019-layout.txt')
const rawText = fixture('shanghai-2019-raw.txt')

describe.each([
  ['copied from the web page', webText],
  ['pdftotext -layout', layoutText],
  ['pdftotext without -layout', rawText],
])('the 2019 report of 上海市人民政府办公厅 (%s)', (_name, text) => {
  const result = importReport(text)

  it('is read as the 2019 trial format', () => {
    expect(result.format).toBe('national-2019')
    expect(result.tables.map((t) => t.id)).toEqual([
      'national-2019.proactive',
      'national-2019.applications',
      'national-2019.review-litigation',
    ])
    expect(result.meta).toMatchObject({
      title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      year: 2019,
    })
  })

  it('reads every figure of table 二, and 本年增/减 without a metric id', () => {
    expect(values(result, 'proactive.')).toEqual(PROACTIVE)
    expect(changes(result)).toEqual([
      ['行政许可', 0],
      ['其他对外管理服务事项', 0],
      ['行政处罚', 0],
      ['行政强制', 0],
      ['行政事业性收费', 0],
    ])
    expect(result.figures.filter((f) => f.column === '本年增/减').every((f) => f.id === null)).toBe(
      true,
    )
  })

  it('gives every figure the line it is printed on', () => {
    const lines = text.split('\n')
    for (const figure of result.figures) {
      expect(lines[figure.line - 1], figure.id ?? '').toContain(figure.asWritten)
      if (figure.value === null) expect(figure.asWritten).toBe('')
    }
  })

  it('fails no balance rule, and writes metrics the dataset schema accepts', () => {
    expect(result.checks).toHaveLength(40)
    expect(result.checks.filter((check) => check.ok === false)).toEqual([])
    const parts = toDatasetParts(text, result)
    expect(parts.issues).toEqual([])
    const known = new Set(metricIds('national-2019'))
    expect(parts.metrics.every((metric) => known.has(metric.id))).toBe(true)
  })
})

describe('the 2019 report of 上海市人民政府办公厅, where each extraction differs', () => {
  it('copied from the web page: every cell, blank cells as not reported', () => {
    const result = importReport(webText)
    expect(result.problems).toEqual([])
    expect(values(result, 'applications.')).toEqual(APPLICATION_VALUES)
    expect(values(result, 'review.')).toEqual({
      'review.upheld': 5,
      'review.corrected': null,
      'review.other': null,
      'review.pending': 2,
      'review.total': 7,
    })
    expect(values(result, 'litigation.')).toEqual(
      Object.fromEntries(Object.entries(REVIEW_VALUES).filter(([id]) => id.startsWith('lit'))),
    )
    expect(result.checks.filter((c) => c.ok === true).map((c) => c.detail)).toEqual([
      '821 + 18 = 839 = 767 + 72 = 839',
      '859 + 18 = 877 = 805 + 72 = 877',
    ])
    const figure = (id: string) => result.figures.find((f) => f.id === id)
    expect(figure('applications.new.total')).toMatchObject({ line: 338, asWritten: '859' })
    expect(figure('applications.new.research')).toMatchObject({ value: null, asWritten: '' })
    expect(figure('proactive.procurement.amount')).toMatchObject({
      line: 263,
      asWritten: '251000元',
      note: 'converted 251000元 to 25.1 万元',
    })
    expect(
      toDatasetParts(webText, result)
        .metrics.map((m) => m.id)
        .sort(),
    ).toEqual(metricIds('national-2019').sort())
  })

  it('copied from the web page: a whole report in the dataset format, as national-2019', () => {
    const text = {
      zh: '上海市人民政府办公厅',
      en: 'General Office of the Shanghai Municipal Government',
    }
    const built = buildReport(webText, importReport(webText), {
      id: 'shanghai-gov-office-2019',
      meta: {
        title: {
          zh: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
          en: '2019 annual report',
        },
        agency: text,
        region: { zh: '上海市', en: 'Shanghai' },
        year: 2019,
        period: { start: '2019-01-01', end: '2019-12-31' },
        filedOn: null,
        sourceUrl: null,
        contact: { department: text, address: '-', postcode: '-', phone: '-', email: '-' },
      },
    })
    expect(built.ok && built.report.meta.tableFormat).toBe('national-2019')
    expect(built.ok && built.report.metrics).toHaveLength(193)
    expect(built.ok && built.report.tableHeadings.map((h) => h.id)).toContain(
      'table.applications.refused',
    )
  })

  it('pdftotext -layout: places the figures of rows with blank cells by their positions, page by page', () => {
    const result = importReport(layoutText)
    expect(values(result, 'applications.')).toEqual(APPLICATION_VALUES)
    const figure = (id: string) => result.figures.find((f) => f.id === id)
    expect(figure('applications.new.legal-services')).toMatchObject({ line: 62, value: 2 })
    expect(figure('applications.partly-granted.natural-person')).toMatchObject({ line: 65 })
    expect(figure('applications.other.total')).toMatchObject({ line: 82, value: null })
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 62,
        severity: 'warning',
        message: expect.stringMatching(
          /48 → 自然人, 55 → 商业企业, 86 → 法律服务机构, 90 → 其他, 93 → 总计; 科研机构、社会公益组织 blank/,
        ),
      }),
      expect.objectContaining({ line: 70, severity: 'warning' }),
      expect.objectContaining({
        line: 87,
        severity: 'error',
        message: expect.stringMatching(/found 6 figures, expected 15; cells may be blank/),
      }),
    ])
    expect(result.figures.some((f) => f.table === 'national-2019.review-litigation')).toBe(false)
  })

  it('pdftotext without -layout: reads table 二 and refuses the tables whose blank cells it cannot see', () => {
    const result = importReport(rawText)
    expect(result.figures.some((f) => f.id?.startsWith('applications.'))).toBe(false)
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/found 35 figures, expected 161 \(23 rows × 7 columns\)/),
      }),
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/expected 15/) }),
    ])
  })
})

describe('telling the 2019 trial format from the others', () => {
  const huaian = fixture('huaian-2024-layout.txt')
  const seed = readFileSync(
    new URL('../../data/reports/wuzhong-psb-2018.source.txt', import.meta.url),
    'utf8',
  )

  it('detects each fixture’s format', () => {
    expect(importReport(huaian).format).toBe('national-2021')
    expect(importReport(fixture('huaian-2024-raw.txt')).format).toBe('national-2021')
    expect(importReport(seed).format).toBe('national-2015')
    for (const text of [webText, layoutText, rawText]) {
      expect(importReport(text).format).toBe('national-2019')
    }
  })

  it('picks 2019 by its single （六）其他处理 row when table 二 is missing', () => {
    const text = completeText().replace('2020年政府信息公开工作年度报告', '')
    expect(importReport(text).format).toBe('national-2019')
  })

  it('reads the format it is told, and says when table 二 has the 2021 columns', () => {
    const forced = importReport(huaian, { format: 'national-2019' })
    expect(forced.format).toBe('national-2019')
    expect(forced.problems).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/columns are those of the 2021 format/),
      }),
    )
    expect(importReport(webText, { format: 'national-2021' }).format).toBe('national-2021')
    expect(importReport(webText, { format: 'national-2015' }).format).toBeNull()
  })
})

describe('npm run import -- --format national-2019', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-report.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    })
  const webPath = fileURLToPath(new URL('./fixtures/shanghai-2019-web.txt', import.meta.url))

  it('reads the 2019 tables when told to', () => {
    const { status, stdout, stderr } = run(webPath, '--format', 'national-2019')
    expect(status).toBe(0)
    const json = JSON.parse(stdout)
    expect(json.format).toBe('national-2019')
    expect(json.dataset.metrics).toHaveLength(193)
    expect(stderr).toMatch(
      /national-2019 read as layout; 198 figures from 3 table\(s\); 0 error\(s\); balance checks: 2 passed, 0 failed, 38 not checked/,
    )
  })

  it('names the 2019 format among those it accepts', () => {
    const { status, stderr } = run(webPath, '--format', 'national-2020')
    expect(status).toBe(2)
    expect(stderr).toMatch(/--format must be one of national-2015, national-2019, national-2021/)
    expect(stderr).toMatch(
      /\[--format national-2015\|national-2019\|national-2021\|fujian-provincial\]/,
    )
  })
})
