// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { importFile } from '../../../src/importer/import-file.ts'

/**
 * The wrong diagnoses and silent half-reads that real reports met (issue 12's "Why"), each with the
 * outcome a user needs: the figures, or a refusal that names the line and the reason.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))
const dir = join(root, 'tests/fixtures/reports/pingtan/')
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)))
const text = (name: string) => readFileSync(join(dir, name), 'utf8')
const encode = (value: string) => new TextEncoder().encode(value)
const tmp = mkdtempSync(join(tmpdir(), 'gk-diagnoses-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import-report.ts'), ...args], {
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('messages that point the right way', () => {
  it('reads a Markdown copy, whose rows are separated by "|" (it said "row 规章 not found")', async () => {
    const outcome = await importFile('pingtan-2021.md', bytes('pingtan-2021.md'))
    expect(outcome.refusals).toEqual([])
    expect(outcome.result?.reading).toBe('delimited')
    const regulations = outcome.result?.figures.filter((f) =>
      f.id?.startsWith('proactive.regulations.'),
    )
    expect(regulations?.map((f) => [f.id, f.value, f.line])).toEqual([
      ['proactive.regulations.issued', 0, 10],
      ['proactive.regulations.repealed', 0, 10],
      ['proactive.regulations.in-force', 0, 10],
    ])
  })

  it("reads the 2021 table of a browser copy, where （六）其他处理 shares its first sub-row's line, without advising the 2019 format", async () => {
    const outcome = await importFile('pingtan-2021.copy.txt', bytes('pingtan-2021.copy.txt'))
    expect(outcome.result?.format).toBe('national-2021')
    expect(outcome.result?.problems.map((p) => p.message).join('\n')).not.toMatch(/national-2019/)
    const other = new Map(
      outcome.result?.figures
        .filter((f) => f.id?.startsWith('applications.other.'))
        .map((f) => [f.id, f.value]),
    )
    expect(other.get('applications.other.not-corrected.total')).toBe(0)
    expect(other.get('applications.other.fee-unpaid.total')).toBe(0)
    expect(other.get('applications.other.other.total')).toBe(1)
  })

  it('gives no wrong figure when a 2021 copy is forced to the 2019 format: （六）其他处理 is refused by name', async () => {
    const outcome = await importFile('pingtan-2021.copy.txt', bytes('pingtan-2021.copy.txt'), {
      format: 'national-2019',
    })
    const figures = outcome.result?.figures ?? []
    expect(figures.filter((f) => f.id?.startsWith('applications.other.'))).toEqual([])
    expect(outcome.refusals.map((r) => r.message)).toContainEqual(
      expect.stringMatching(
        /row "\(六\)其他处理" of table "收到和处理政府信息公开申请情况" not found: expected after line \d+ \(5\.要求行政机关确认或重新出具已获取信息\) and before line \d+ \(\(七\)总计\)/,
      ),
    )
  })

  it("says that a table's heading is on its line when the rows after it are cut off (it said the heading was not in the text)", async () => {
    const saved = text('pingtan-2025.txt')
    const cut = saved.slice(0, saved.indexOf('四、政府信息公开行政复议、行政诉讼情况') + 30)
    const outcome = await importFile('cut.txt', encode(cut))
    expect(outcome.refusals).toContainEqual({
      line: 13,
      message: expect.stringMatching(
        /^table "政府信息公开行政复议、行政诉讼情况" not found: its heading is on line 13, but none of its rows \(行政复议、行政诉讼\) follows it with figures$/,
      ),
    })
  })
})

describe('a file is read whole or refused, never half-read', () => {
  it('refuses a file that holds two reports, naming where the second begins', async () => {
    const both = `${text('pingtan-2021.copy.txt')}\n${text('pingtan-2022.copy.txt')}`
    const outcome = await importFile('two.txt', encode(both))
    expect(outcome.refusals).toContainEqual({
      line: expect.any(Number),
      message: expect.stringMatching(
        /^the file holds more than one report: a 2021 table was read on lines \d+–\d+, and another one \(200 figures\) follows after line \d+/,
      ),
    })
  })

  it("refuses two different reports in one file, naming both titles (it read the second under the first one's title)", async () => {
    const both = `${text('pingtan-2016.txt')}\n${text('pingtan-2022.txt')}`
    const outcome = await importFile('two-years.txt', encode(both))
    expect(outcome.result?.figures).toEqual([])
    expect(outcome.refusals).toEqual([
      {
        line: 17,
        message: expect.stringMatching(
          /^the file holds more than one report: "标题: 平潭综合实验区2016年度政府信息公开工作年度报告" on line 4 and "标题: 平潭综合实验区2022年度政府信息公开工作年度报告" on line 17/,
        ),
      },
    ])
  })

  it('refuses the same report pasted twice', async () => {
    const twice = `${text('pingtan-2025.copy.txt')}\n${text('pingtan-2025.copy.txt')}`
    const outcome = await importFile('twice.txt', encode(twice))
    expect(outcome.refusals.map((r) => r.message)).toContainEqual(
      expect.stringMatching(/more than one report/),
    )
  })
})

describe('a cell that is not one figure is named, never read as one', () => {
  it('a footnote mark after a figure (2418<sup>2</sup>) is not read as 24182', async () => {
    const page = text('pingtan-2025.html').replace('>2418</p>', '>2418<sup>2</sup></p>')
    const outcome = await importFile('footnote.html', encode(page))
    expect(
      outcome.result?.figures.find((f) => f.id === 'proactive.licensing.decisions'),
    ).toBeUndefined()
    expect(outcome.refusals).toContainEqual({
      line: expect.any(Number),
      message: 'row "行政许可", column 本年处理决定数量: cannot read "2418[sup:2]" as a figure',
    })
  })
})

describe('columns are not taken by position when the header says otherwise', () => {
  it('refuses the rows of a table whose header prints two columns the other way round', async () => {
    const swapped = text('pingtan-2021.md').replace(
      '| 商业企业 | 科研机构 |',
      '| 科研机构 | 商业企业 |',
    )
    const outcome = await importFile('swapped.md', encode(swapped))
    expect(outcome.result?.figures.filter((f) => f.id?.startsWith('applications.'))).toEqual([])
    expect(outcome.refusals).toContainEqual({
      line: 29,
      message: expect.stringMatching(
        /^row "一本年新收政府信息公开申请数量": the table's header prints "科研机构" before "商业企业", where the format has them the other way/,
      ),
    })
  })
})

describe('unreadable files each get a message of their own', () => {
  it.each([
    ['empty.txt', new Uint8Array(0), /empty/i],
    [
      'chart.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /image/i,
    ],
    ['report.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), /ZIP/],
  ])('%s', async (name, content, message) => {
    const outcome = await importFile(name, content)
    expect(outcome.result).toBeNull()
    expect(outcome.refusals).toHaveLength(1)
    expect(outcome.refusals[0]?.message).toMatch(message)
  })

  it('reads text in GB18030 and in UTF-16, and says which encoding it used', async () => {
    const gbk = await importFile('gbk.txt', bytes('pingtan-2016.copy.gb18030.txt'))
    expect(gbk.document?.decoding.encoding).toBe('gb18030')
    expect(gbk.result?.figures).toHaveLength(32)
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from(text('pingtan-2016.copy.txt'), 'utf16le')),
    ])
    const wide = await importFile('utf16.txt', utf16)
    expect(wide.document?.decoding).toEqual({ encoding: 'utf-16le', from: 'bom' })
    expect(wide.result?.figures.map((f) => f.value)).toEqual(
      gbk.result?.figures.map((f) => f.value),
    )
  })

  it('names a provincial table it does not know, instead of "no statistics table found"', async () => {
    const unknown = [
      '某某省政府信息公开情况统计表',
      '指标名称\t单位\t数量',
      '公开信息条数\t条\t120',
      '依申请公开数\t件\t4',
      '答复数\t件\t4',
    ].join('\n')
    const outcome = await importFile('variant.txt', encode(unknown))
    expect(outcome.refusals[0]?.message).toMatch(
      /^a statistics table was found \(line 1 has "统计表"\), but it is none of the known formats \(.*\): none of their rows is there with figures/,
    )
  })
})

describe('npm run import on a whole archive', () => {
  it('imports every file of a folder on all cores, prints a summary, and exits 1 for a refusal', () => {
    const folder = join(tmp, 'archive')
    const out = join(tmp, 'out')
    for (const path of [folder, out]) spawnSync('mkdir', ['-p', path])
    writeFileSync(join(folder, 'pingtan-2016.txt'), bytes('pingtan-2016.copy.txt'))
    writeFileSync(join(folder, 'pingtan-2025.txt'), bytes('pingtan-2025.txt'))
    writeFileSync(join(folder, 'empty.txt'), '')
    const { status, stdout } = cli(folder, '--out', out)
    expect(status).toBe(1)
    expect(stdout).toMatch(/^file +report id +format +read as +figures +checks +outcome$/m)
    expect(stdout).toMatch(/empty\.txt .*refused: This file is empty/)
    expect(stdout).toMatch(
      /pingtan-2016\.txt +pingtan-2016 +fujian-provincial +delimited +32 +37✓ 0✗ +read/,
    )
    expect(stdout).toMatch(
      /pingtan-2025\.txt .*refused at line 13: row "行政规范性文件": its cells ran together/,
    )
    expect(stdout).toMatch(/^3 file\(s\), 1 read, 2 refused, in [\d.]+ s on \d thread\(s\)$/m)
    const report = JSON.parse(readFileSync(join(out, 'pingtan-2016.json'), 'utf8'))
    expect(report.meta.tableFormat).toBe('fujian-provincial')
    expect(report.meta.year).toBe(2016)
    expect(cli(folder, '--out', out, '--keep-going').status).toBe(0)
  })
})
