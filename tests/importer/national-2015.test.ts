// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type Report, ReportSchema } from '../../src/domain/report-schema.ts'
import { importReport } from '../../src/importer/import-report.ts'
import { buildReport, toDatasetParts } from '../../src/importer/to-dataset.ts'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const seedText = read('../../data/reports/wuzhong-psb-2018.source.txt')
const dataset = ReportSchema.parse(JSON.parse(read('../../data/reports/wuzhong-psb-2018.json')))
const tableMetrics = dataset.metrics.filter((metric) => metric.source === 'table')
const seedLines = seedText.split('\n')

/** The seed's table with one line replaced (1-based line number). */
const withLine = (line: number, text: string) =>
  seedLines.map((l, i) => (i === line - 1 ? text : l)).join('\n')

const figureById = (text: string, id: string) =>
  importReport(text).figures.find((figure) => figure.id === id)

describe('importing the seed report (2015–2018 national table)', () => {
  const result = importReport(seedText)
  const byId = new Map(result.figures.map((figure) => [figure.id, figure]))

  it('reads exactly the dataset’s table figures, with no problems', () => {
    expect(result.format).toBe('national-2015')
    expect(result.problems).toEqual([])
    expect(result.figures.map((f) => f.id).sort()).toEqual(tableMetrics.map((m) => m.id).sort())
    for (const metric of tableMetrics) {
      const figure = byId.get(metric.id)
      expect(figure, metric.id).toMatchObject({
        value: metric.value,
        asWritten: metric.asWritten,
        unit: metric.unit,
        approximate: metric.approximate,
        code: metric.table?.code,
      })
    }
  })

  it('leaves the blank 专项经费 cell as not reported, not 0', () => {
    expect(byId.get('organisation.budget')).toMatchObject({ value: null, asWritten: '', line: 152 })
  })

  it('gives every figure the line the dataset cites for it', () => {
    for (const metric of tableMetrics) {
      expect(byId.get(metric.id)?.line, metric.id).toBe(metric.citations[0]?.line)
    }
  })

  it('reads a label with a space inside it (经济 安全)', () => {
    expect(byId.get('applications.refused.security-stability')).toMatchObject({
      value: 0,
      line: 127,
    })
  })

  it('checks the balance rules and reports each with its figures', () => {
    expect(result.checks.length).toBeGreaterThanOrEqual(10)
    expect(result.checks.every((check) => check.ok === true)).toBe(true)
    const received = result.checks.find((c) => c.rule === 'applications.received-by-channel')
    expect(received?.detail).toBe('0 + 0 + 0 + 0 = 0 = 0')
    expect(received?.figures.map((f) => f.line)).toEqual([112, 113, 114, 115, 111])
    const staff = result.checks.find((c) => c.rule === 'organisation.staff-full-and-part-time')
    expect(staff).toMatchObject({ ok: true, detail: '1 + 3 = 4 = 4' })
  })

  it('reads the table’s title, agency, year and filing date', () => {
    expect(result.meta).toEqual({
      title: '附件：吴忠市公安局 2018 年度政府信息公开情况统计表',
      agency: '吴忠市公安局',
      year: 2018,
      filedOn: '2019-02-13',
    })
    expect(result.tables).toEqual([expect.objectContaining({ firstLine: 81, lastLine: 156 })])
  })

  it('writes the dataset’s own table metrics, and a report the dataset schema accepts', () => {
    const parts = toDatasetParts(seedText, result)
    expect(parts.issues).toEqual([])
    const expected = tableMetrics.map((metric) => ({
      ...metric,
      citations: metric.citations.slice(0, 1),
    }))
    expect(parts.metrics).toEqual(expected)
    expect(parts.tableHeadings).toEqual(dataset.tableHeadings)
    const built = buildReport(seedText, result, {
      id: dataset.id,
      meta: dataset.meta,
      sections: dataset.sections,
    })
    expect(built.ok).toBe(true)
    const report = (built as { report: Report }).report
    expect(report.sections).toEqual(dataset.sections)
  })
})

describe('cells as real reports print them', () => {
  it('reads 余 as an approximate figure', () => {
    const text = withLine(94, '2. 政府网站公开政府信息数\t条\t250余')
    expect(figureById(text, 'proactive.channel.website')).toMatchObject({
      value: 250,
      asWritten: '250余',
      approximate: true,
      line: 94,
    })
  })

  it('converts 元 inside a 万元 cell, and says so', () => {
    const text = withLine(145, '七、依申请公开信息收取的费用\t万元\t251000元')
    const fees = figureById(text, 'applications.fees')
    expect(fees).toMatchObject({ value: 25.1, asWritten: '251000元', line: 145 })
    expect(fees?.note).toMatch(/251000元.*25\.1 万元/)
  })

  it('reads cells run together with no separator, and full-width forms', () => {
    const text = withLine(
      89,
      '（一）主动公开政府信息数（不同渠道和方式公开相同信息计１条）条２４７５',
    )
    expect(figureById(text, 'proactive.total')).toMatchObject({
      value: 2475,
      code: '(一)',
      line: 89,
    })
  })

  it('reads spaces inside labels and pdftotext -layout spacing', () => {
    const text = withLine(
      150,
      '   1. 专 职 人 员 数（不包括政府公报及政府网站工作人员数）        人        1  ',
    )
    expect(figureById(text, 'organisation.staff.full-time')).toMatchObject({ value: 1, line: 150 })
  })

  it('reads a label wrapped onto the next line', () => {
    const lines = [...seedLines]
    lines.splice(126, 1, '危及国家安全、公共安全、', '经济安全和社会稳定\t件\t0')
    expect(figureById(lines.join('\n'), 'applications.refused.security-stability')).toMatchObject({
      value: 0,
      line: 128,
    })
  })

  it('reads a web copy that puts each cell on a line of its own', () => {
    const lines = [...seedLines]
    lines.splice(94, 1, '3. 政务微博公开政府信息数', '条', '1356')
    const text = lines.join('\n')
    expect(figureById(text, 'proactive.channel.weibo')).toMatchObject({ value: 1356, line: 97 })
    expect(importReport(text).problems).toEqual([])
  })

  it('reads a dash as not reported', () => {
    const text = withLine(148, '(二) 设置政府信息公开查阅点数\t个\t—')
    expect(figureById(text, 'organisation.reading-points')).toMatchObject({
      value: null,
      asWritten: '',
    })
  })

  it('reports a failed balance rule with its figures', () => {
    const text = withLine(113, '2. 传真申请数\t件\t3')
    const check = importReport(text).checks.find(
      (c) => c.rule === 'applications.received-by-channel',
    )
    expect(check).toMatchObject({ ok: false, detail: '0 + 3 + 0 + 0 = 3 ≠ 0' })
    expect(check?.figures.find((f) => f.line === 113)).toMatchObject({ value: 3, asWritten: '3' })
  })

  it('does not check a rule whose figure is blank', () => {
    const text = withLine(151, '2. 兼职人员数\t人\t')
    const check = importReport(text).checks.find(
      (c) => c.rule === 'organisation.staff-full-and-part-time',
    )
    expect(check?.ok).toBeNull()
    expect(check?.detail).toMatch(/兼职人员数 on line 151 is blank/)
  })
})
