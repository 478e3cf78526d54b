// @vitest-environment node
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../src/domain/report-schema.ts'
import { importReport } from '../../src/importer/import-report.ts'
import { APPLICATION_ROWS_2019 } from '../../src/importer/national-2019-rows.ts'
import { toDatasetParts } from '../../src/importer/to-dataset.ts'
import type { ImportOptions, ImportResult } from '../../src/importer/types.ts'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const SEED_TABLE = ReportSchema.parse(
  JSON.parse(read('../../data/reports/wuzhong-psb-2018.json')),
).metrics.filter((metric) => metric.source === 'table')
const TEXTS = {
  seed: read('../../data/reports/wuzhong-psb-2018.source.txt'),
  layout: read('./fixtures/huaian-2024-layout.txt'),
  raw: read('./fixtures/huaian-2024-raw.txt'),
  'web-2019': read('./fixtures/shanghai-2019-web.txt'),
  'layout-2019': read('./fixtures/shanghai-2019-layout.txt'),
  'raw-2019': read('./fixtures/shanghai-2019-raw.txt'),
}

/**
 * A guard against runaway reading (backtracking, quadratic splitting), not a speed measurement:
 * an import takes well under a second, and a runaway one takes minutes. Generous, so that a busy
 * machine never fails it; the importer's speed is not asserted anywhere.
 */
const FAST_MS = 10_000

/** What must hold for any text: no exception, a bounded time, and an honest, well-formed result. */
function importSanely(text: string, options: ImportOptions = {}): ImportResult {
  const started = performance.now()
  const result = importReport(text, options)
  const parts = toDatasetParts(text, result)
  expect(performance.now() - started).toBeLessThan(FAST_MS)
  const lineCount = text.split(/\r\n|\n|\r/).length
  expect(result.problems.filter((p) => p.message.startsWith('internal error'))).toEqual([])
  for (const problem of result.problems) {
    if (problem.line !== null) expect(problem.line).toBeGreaterThanOrEqual(1)
    if (problem.line !== null) expect(problem.line).toBeLessThanOrEqual(lineCount)
  }
  const ids = new Set<string>()
  const lines = text.split(/\r\n|\n|\r/)
  for (const figure of result.figures) {
    expect(lines[figure.line - 1]?.replaceAll('\f', '')).toContain(figure.asWritten)
    expect(figure.line).toBeGreaterThanOrEqual(1)
    expect(figure.line).toBeLessThanOrEqual(lineCount)
    if (figure.value === null) expect(figure.asWritten).toBe('')
    else expect(Number.isFinite(figure.value)).toBe(true)
    // Only a signed change (本年增/减 of the 2019 format), which has no metric id, may be negative.
    if (figure.id !== null && figure.value !== null) expect(figure.value).toBeGreaterThanOrEqual(0)
    if (figure.id) {
      expect(ids.has(figure.id), figure.id).toBe(false)
      ids.add(figure.id)
    }
  }
  expect(parts.issues).toEqual([])
  return result
}

/** Words and marks the tables are made of, so random lines reach deep into the parsers. */
const PIECES = [
  '统计指标',
  '单位',
  '统计数',
  '一、',
  '(一)',
  '（二）',
  '1.',
  '2、',
  '其中：',
  '主动公开政府信息数',
  '收到申请数',
  '当面申请数',
  '被依法纠错数',
  '其他情形数',
  '政府信息公开专项经费',
  '（不包括',
  '）',
  '(',
  '条',
  '件',
  '万元',
  '人次',
  '余',
  '约',
  '元',
  '—',
  '\t',
  ' ',
  '   ',
  '0',
  '7',
  '12',
  '2475',
  '3001530061',
  '96171.6',
  '1,234',
  '-4-',
  '\f',
  '三、收到和处理政府信息公开申请情况',
  '本年新收政府信息公开申请数量',
  '四、政府信息公开行政复议、行政诉讼情况',
  '二、主动公开政府信息情况',
  '规章',
  '行政许可',
  '复议后起诉',
  '未经复议直接起诉',
  '行政复议',
  '总计',
  '3、其他',
  '（七）总计',
  '五、存在的主要问题',
  '填报日期：2019年2月13日',
  '本年新制作数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '采购总金额',
  '政府集中采购',
  '行政事业性收费',
  '（六）其他处理',
  '1.属于国家秘密',
  '+5',
  '-3',
  '251000元',
  '\u00a0',
]
const tableish = fc
  .array(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((line) => line.join('')),
    {
      maxLength: 120,
    },
  )
  .map((lines) => lines.join('\n'))

type Edit = {
  kind: 'delete' | 'duplicate' | 'mangle' | 'swap' | 'insert'
  at: number
  with: string
}
const edits = fc.array(
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('delete', 'duplicate', 'mangle', 'swap', 'insert'),
    at: fc.nat(),
    with: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })),
  }),
  { minLength: 1, maxLength: 12 },
)

/** Deletes, duplicates, swaps or inserts lines, and mangles the digits of lines. */
function applyEdits(text: string, list: Edit[]): string {
  const lines = text.split('\n')
  for (const edit of list) {
    const at = edit.at % Math.max(1, lines.length)
    const line = lines[at] ?? ''
    if (edit.kind === 'delete') lines.splice(at, 1)
    else if (edit.kind === 'duplicate') lines.splice(at, 0, line)
    else if (edit.kind === 'insert') lines.splice(at, 0, edit.with)
    else if (edit.kind === 'swap') lines.splice(at, 2, lines[at + 1] ?? '', line)
    else
      lines[at] = line.replace(/\d/g, (digit, index: number) =>
        index % 3 === 0 ? edit.with : digit,
      )
  }
  return lines.join('\n')
}

describe('the importer never throws or hangs', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void importSanely(text)),
      {
        numRuns: 150,
      },
    )
  })

  it('on random lines made of table words', () => {
    fc.assert(
      fc.property(tableish, (text) => void importSanely(text)),
      { numRuns: 150 },
    )
  })

  it.each(['national-2019', 'national-2021', 'national-2015'] as const)(
    'on random lines made of table words, read as %s',
    (format) => {
      fc.assert(
        fc.property(tableish, (text) => void importSanely(text, { format })),
        { numRuns: 60 },
      )
    },
  )

  it.each(Object.keys(TEXTS) as (keyof typeof TEXTS)[])(
    'on the %s text with lines deleted, duplicated, swapped, inserted and digits mangled',
    (name) => {
      fc.assert(
        fc.property(edits, (list) => void importSanely(applyEdits(TEXTS[name], list))),
        {
          numRuns: 40,
        },
      )
    },
  )

  it('on inputs built to be slow', () => {
    const huge = [
      '1'.repeat(200_000),
      '（'.repeat(100_000),
      `统计指标\t单位\n${'主动公开政府信息数 条 9\n'.repeat(5_000)}`,
      `三、收到和处理政府信息公开申请情况\n${'1 '.repeat(50_000)}`,
      `三、收到和处理政府信息公开申请情况\n本年新收 ${`${'1'.repeat(300)} `.repeat(6)}\n`,
      `四、政府信息公开行政复议、行政诉讼情况\n${'1'.repeat(60)} 2 3`,
      `${'2024年'.repeat(20_000)}年度报告`,
    ]
    for (const text of huge) importSanely(text)
    // The 2019 reader on the same, and on tables copied from a web page and pages of figures.
    const trial = [
      `三、收到和处理政府信息公开申请情况\n${'1.属于国家秘密\t1\t\u00a0\t'.repeat(5_000)}`,
      `二、主动公开政府信息情况\n${'规章\t\t-\t+\n'.repeat(5_000)}对外公开总数量`,
      `三、收到和处理政府信息公开申请情况\n${'一、本年新收 1   2        3\f\n'.repeat(3_000)}采购总金额`,
    ]
    for (const text of [...huge, ...trial]) importSanely(text, { format: 'national-2019' })
  })
})

describe('what a mangled text still says', () => {
  it('reads every row of the seed, or names it in a problem', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const result = importSanely(applyEdits(TEXTS.seed, list))
        const problems = result.problems.map((p) => p.message).join('\n')
        const read = new Set(result.figures.map((figure) => figure.id))
        // No silent loss: a row not read is named in the problems (or the list was shortened).
        for (const metric of SEED_TABLE) {
          if (read.has(metric.id) || result.format === null) continue
          const named = problems.includes(metric.label.zh) || /and \d+ more/.test(problems)
          expect(named, metric.id).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it.each(['web-2019', 'layout-2019'] as const)(
    'reads every row of the %s table, or names it in a problem',
    (name) => {
      const columns = ['natural-person', 'business', 'research', 'public-interest']
      fc.assert(
        fc.property(edits, (list) => {
          const result = importSanely(applyEdits(TEXTS[name], list))
          if (result.format !== 'national-2019') return
          const problems = result.problems.map((p) => p.message).join('\n')
          const read = new Set(result.figures.map((figure) => figure.id))
          for (const row of APPLICATION_ROWS_2019) {
            if (columns.every((column) => read.has(`applications.${row.id}.${column}`))) continue
            const named =
              problems.includes(row.zh) ||
              /and \d+ more/.test(problems) ||
              problems.includes('table "收到和处理政府信息公开申请情况" not found')
            expect(named, row.id).toBe(true)
          }
        }),
        { numRuns: 40 },
      )
    },
  )
})
