// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { importReport } from '../../src/importer/import-report.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const seedPath = join(root, 'data/reports/wuzhong-psb-2018.source.txt')
const seedLines = readFileSync(seedPath, 'utf8').split('\n')
const rawPath = fileURLToPath(new URL('./fixtures/huaian-2024-raw.txt', import.meta.url))
const rawLines = readFileSync(rawPath, 'utf8').split('\n')

const problemsOf = (text: string) => importReport(text).problems
const errorAt = (line: number | null, message: RegExp) =>
  expect.objectContaining({ line, severity: 'error', message: expect.stringMatching(message) })

describe('malformed and truncated 2015–2018 tables', () => {
  it('says where a truncated table stops and which rows are missing', () => {
    const problems = problemsOf(seedLines.slice(0, 120).join('\n'))
    expect(problems).toEqual([
      errorAt(
        120,
        /^32 rows not found \(the table stops after line 120 \(the end of the text\)\): 2\. 同意公开答复数;/,
      ),
    ])
  })

  it('lists a line cut in the middle of a row', () => {
    const text = `${seedLines.slice(0, 119).join('\n')}\n1. 属于已主动公开范`
    expect(problemsOf(text)).toContainEqual(
      errorAt(120, /cannot place "1\. 属于已主动公开范" in the table/),
    )
  })

  it('stops at the end of a complete table', () => {
    const text = [...seedLines, '', '一、主动公开情况', '这一段不属于统计表。'].join('\n')
    expect(problemsOf(text)).toEqual([])
  })

  it('lists a line it cannot place inside the table', () => {
    const lines = seedLines.map((l, i) => (i === 99 ? '这是一行无法识别的文字 12' : l))
    expect(problemsOf(lines.join('\n'))).toEqual([
      errorAt(100, /cannot place "这是一行无法识别的文字 12"/),
    ])
  })

  it('names the row and line of a figure it cannot read', () => {
    const lines = seedLines.map((l, i) =>
      i === 93 ? '2. 政府网站公开政府信息数\t条\t二百五十二' : l,
    )
    const result = importReport(lines.join('\n'))
    expect(result.problems).toEqual([
      errorAt(94, /政府网站公开政府信息数: cannot read "二百五十二"/),
    ])
    expect(result.figures.some((f) => f.id === 'proactive.channel.website')).toBe(false)
  })

  it('refuses negative figures and two figures in one cell', () => {
    const negative = seedLines.map((l, i) => (i === 93 ? '2. 政府网站公开政府信息数\t条\t-5' : l))
    expect(problemsOf(negative.join('\n'))).toEqual([errorAt(94, /cannot read "-5"/)])
    const two = seedLines.map((l, i) => (i === 93 ? '2. 政府网站公开政府信息数\t条\t25 2' : l))
    expect(problemsOf(two.join('\n'))).toEqual([errorAt(94, /"25 2" holds more than one figure/)])
  })

  it('reports a row printed twice', () => {
    const lines = [...seedLines.slice(0, 100), seedLines[93] ?? '', ...seedLines.slice(100)]
    expect(problemsOf(lines.join('\n'))).toEqual([
      errorAt(101, /appears again \(first on line 94\)/),
    ])
  })

  it('says between which lines deleted rows were expected', () => {
    const lines = seedLines.filter((_, i) => i < 110 || i > 114)
    expect(problemsOf(lines.join('\n'))).toEqual([
      errorAt(
        110,
        /5 rows not found \(expected between line 110 and line 111\): \(一\) 收到申请数; 1\. 当面申请数/,
      ),
    ])
  })

  it('says plainly when there is no table at all', () => {
    for (const text of ['', 'hello', '{"name":"x"}', seedLines.slice(0, 60).join('\n')]) {
      const result = importReport(text)
      expect(result.format).toBeNull()
      expect(result.problems).toEqual([errorAt(null, /^no statistics table found/)])
    }
  })
})

describe('malformed and truncated 2021 tables', () => {
  it('refuses to guess rows when figures are missing from text without layout', () => {
    const lines = rawLines.filter((_, i) => i !== 300)
    expect(problemsOf(lines.join('\n'))).toContainEqual(
      errorAt(129, /found 174 figures, expected 175 \(25 rows × 7 columns\)/),
    )
  })

  it('refuses the 2019 trial format’s single （六）其他处理 row rather than misfile it', () => {
    const layout = readFileSync(rawPath.replace('raw', 'layout'), 'utf8').split('\n')
    const trial = [
      ...layout.slice(0, 181),
      '     （六）其他处理              181          5        0         0        1         0    187',
      ...layout.slice(196),
    ]
    const result = importReport(trial.join('\n'))
    expect(result.problems).toEqual([errorAt(182, /2019 trial format/)])
    expect(result.figures.some((f) => f.id?.startsWith('applications.'))).toBe(false)
  })

  it('names a missing table and where the text ends', () => {
    const problems = problemsOf(rawLines.slice(0, 400).join('\n'))
    expect(problems).toContainEqual(
      errorAt(400, /table "政府信息公开行政复议、行政诉讼情况" not found/),
    )
  })
})

describe('npm run import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-report-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-report.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    })
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/)

  it('prints the report as JSON on standard output', () => {
    const { status, stdout, stderr } = run(seedPath)
    expect(status).toBe(0)
    const json = JSON.parse(stdout)
    expect(json.format).toBe('national-2015')
    expect(json.dataset.metrics).toHaveLength(58)
    expect(stderr).toMatch(/58 figures from 1 table\(s\); 0 error\(s\); balance checks: 11 passed/)
  })

  it('writes the JSON to a file with -o', () => {
    const out = join(dir, 'out.json')
    const { status, stdout } = run(rawPath, '-o', out)
    expect(status).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).figures).toHaveLength(200)
  })

  it('exits non-zero with line numbers on standard error for a truncated table', () => {
    const { status, stderr } = run(write('truncated.txt', seedLines.slice(0, 120).join('\n')))
    expect(status).toBe(1)
    expect(stderr).toMatch(/truncated\.txt:120: error: 32 rows not found/)
    noTrace(stderr)
  })

  it('exits non-zero and prints nothing when there is no table', () => {
    const { status, stdout, stderr } = run(write('none.txt', '这不是年度报告\n'))
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/none\.txt: error: no statistics table found/)
    noTrace(stderr)
  })

  it('reports an unreadable file and bad arguments without a trace', () => {
    const missing = run(join(dir, 'missing.txt'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/cannot read .*missing\.txt \(ENOENT\)/)
    noTrace(missing.stderr)
    const bad = run('--nope')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/unknown option --nope\nusage: npm run import/)
    const binary = run(write('binary.bin', '\u0000\uffff\ud800garbage'))
    expect(binary.status).toBe(1)
    noTrace(binary.stderr)
  })

  it('writes a whole dataset report with --base: the bundled Huai’an file, byte for byte', () => {
    const out = join(dir, 'huaian.json')
    const { status, stderr } = run(
      'data/reports/huaian-gov-2024.source.txt',
      '--base',
      'data/imports/huaian-gov-2024.base.json',
      '-o',
      out,
    )
    expect(status).toBe(0)
    expect(stderr).toMatch(/balance checks: 42 passed, 0 failed/)
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(join(root, 'data/reports/huaian-gov-2024.json'), 'utf8'),
    )
  })

  it('refuses a base that breaks the dataset schema, naming the field', () => {
    const base = write('base.json', JSON.stringify({ id: 'Bad Id', meta: {}, sections: [] }))
    const { status, stdout, stderr } = run(rawPath, '--base', base)
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/error: report: id: must be lower-case words/)
    expect(stderr).toMatch(/error: report: meta\.title/)
    noTrace(stderr)
  })
})
