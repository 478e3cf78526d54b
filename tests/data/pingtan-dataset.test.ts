// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { evaluateRules } from '#src/domain/checks.ts'
import { ReportSchema } from '#src/domain/report-schema.ts'

/**
 * The six bundled reports of 平潭综合实验区 are what `npm run import` makes of their published web
 * pages (tests/fixtures/reports/pingtan/) with their base files (data/imports/): imported again,
 * byte for byte the same files.
 */
const root = fileURLToPath(new URL('../../', import.meta.url))
const YEARS = [2016, 2019, 2020, 2021, 2022, 2025]
const tmp = mkdtempSync(join(tmpdir(), 'gk-pingtan-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the bundled 平潭综合实验区 reports', () => {
  it('are the importer’s reading of the published pages, byte for byte', () => {
    const pages = join(tmp, 'pages')
    const out = join(tmp, 'out')
    mkdirSync(pages)
    mkdirSync(out)
    for (const year of YEARS) {
      copyFileSync(
        join(root, `tests/fixtures/reports/pingtan/pingtan-${year}.html`),
        join(pages, `pingtan-${year}.html`),
      )
    }
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'scripts/import-report.ts'),
        pages,
        '--out',
        out,
        '--base',
        join(root, 'data/imports'),
      ],
      { encoding: 'utf8' },
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^6 file\(s\), 6 read, 0 refused/m)
    for (const year of YEARS) {
      for (const file of [`pingtan-${year}.json`, `pingtan-${year}.source.txt`]) {
        expect([file, readFileSync(join(out, file), 'utf8')]).toEqual([
          file,
          readFileSync(join(root, 'data/reports', file), 'utf8'),
        ])
      }
    }
  })

  it.each(YEARS)(
    '%i: every quote is on its line, and the balance checks are as published',
    (year) => {
      const report = ReportSchema.parse(
        JSON.parse(readFileSync(join(root, `data/reports/pingtan-${year}.json`), 'utf8')),
      )
      const lines = readFileSync(
        join(root, `data/reports/pingtan-${year}.source.txt`),
        'utf8',
      ).split('\n')
      for (const metric of report.metrics) {
        for (const citation of metric.citations)
          expect(lines[citation.line - 1]).toContain(citation.quote)
      }
      const failed = evaluateRules(report)
        .filter((result) => result.status === 'fail')
        .map((result) => result.rule.id)
      // 2020's table is inconsistent as published: （一）至（六） add up to 26 (27 in 总计), not 20 (21).
      expect(failed).toEqual(
        year === 2020 ? ['applications.results.natural-person', 'applications.results.total'] : [],
      )
    },
  )
})
