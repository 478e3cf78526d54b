// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const BIOME = join(ROOT, 'node_modules/.bin/biome')

/**
 * Files that import one module each, placed where src/ files sit, and whether biome.json lets
 * the import through. The probes are linted in a copy of the layout, never in src/ itself.
 */
const PROBES: { file: string; from: string; allowed: boolean; why: string }[] = [
  // Imports that run back up, as the issue found them.
  {
    file: 'src/components/panel/probe.tsx',
    from: '#src/features/embed-code/components/embed-action.tsx',
    allowed: false,
    why: 'the panel kit imports a feature',
  },
  {
    file: 'src/features/embed-code/probe.ts',
    from: '#src/embed/embed-page.ts',
    allowed: false,
    why: 'a feature imports the embed pages',
  },
  {
    file: 'src/features/compare/probe.ts',
    from: '#src/app/app.tsx',
    allowed: false,
    why: 'a feature imports the app',
  },
  {
    file: 'src/config/probe.ts',
    from: '#src/lib/locale.ts',
    allowed: false,
    why: 'config imports lib',
  },
  {
    file: 'src/lib/probe.ts',
    from: '#src/components/panel/panel.tsx',
    allowed: false,
    why: 'lib imports the panel kit',
  },
  {
    file: 'src/domain/probe.ts',
    from: '#src/lib/format.ts',
    allowed: false,
    why: 'domain imports lib',
  },
  // Between two features, by alias or by climbing.
  {
    file: 'src/features/requests/probe.ts',
    from: '#src/features/applicants/labels.ts',
    allowed: false,
    why: 'a feature imports another feature',
  },
  {
    file: 'src/features/requests/probe.ts',
    from: '../applicants/labels.ts',
    allowed: false,
    why: 'a feature climbs into another feature',
  },
  {
    file: 'src/features/embed-code/components/probe.tsx',
    from: '../../compare/labels.ts',
    allowed: false,
    why: 'a feature subfolder climbs into another feature',
  },
  // The importer is the scripts' alone.
  {
    file: 'src/app/probe.ts',
    from: '#src/importer/import-report.ts',
    allowed: false,
    why: 'the app imports the importer',
  },
  // Imports that run down, or stay home.
  {
    file: 'src/features/requests/probe.ts',
    from: '#src/components/panel/figure-list.tsx',
    allowed: true,
    why: 'a feature uses the panel kit',
  },
  {
    file: 'src/features/requests/probe.ts',
    from: './labels.ts',
    allowed: true,
    why: 'a feature imports its own labels',
  },
  {
    file: 'src/features/embed-code/components/probe.tsx',
    from: '../labels.ts',
    allowed: true,
    why: 'a feature subfolder imports its feature’s labels',
  },
  {
    file: 'src/catalogue/probe.ts',
    from: '#src/features/requests/requests-chart.ts',
    allowed: true,
    why: 'the catalogue lists a feature’s chart',
  },
  {
    file: 'src/app/probe.ts',
    from: '#src/features/embed-code/components/embed-action.tsx',
    allowed: true,
    why: 'the app composes features',
  },
]

const work = mkdtempSync(join(tmpdir(), 'import-zones-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * Lints each probe alone, in a folder of its own with the project's biome.json: the probes Biome
 * refused (by index), with its message.
 */
function refused(): Map<string, string> {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'))
  delete config.$schema
  config.vcs = { enabled: false }
  config.files = { includes: ['**'] }
  const found = new Map<string, string>()
  PROBES.forEach((probe, index) => {
    const dir = join(work, String(index))
    const path = join(dir, probe.file)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config))
    writeFileSync(path, `import * as probe from '${probe.from}'\nexport { probe }\n`)
  })
  PROBES.forEach((_, index) => {
    const dir = join(work, String(index))
    const out = spawnSync(BIOME, ['lint', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' })
    const report = JSON.parse(out.stdout) as {
      diagnostics: { category: string; message: string }[]
    }
    const hit = report.diagnostics.find((d) => d.category === 'lint/style/noRestrictedImports')
    if (hit) found.set(String(index), hit.message)
  })
  return found
}

describe('import direction (biome.json noRestrictedImports zones)', () => {
  const result = refused()
  it.each(PROBES.map((probe, index) => ({ ...probe, index })))(
    '$why: $from in $file is allowed: $allowed',
    ({ index, allowed }) => {
      expect(!result.has(String(index)), result.get(String(index))).toBe(allowed)
    },
  )
})
