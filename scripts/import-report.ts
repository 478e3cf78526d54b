import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { FORMATS } from '../src/importer/formats/formats.ts'
import { type FileImport, importFile } from '../src/importer/import-file.ts'
import { type ReportBase, toDatasetParts } from '../src/importer/to-dataset.ts'
import type { TableFormat } from '../src/importer/types.ts'
import type { Job } from './import-worker.ts'

/**
 * npm run import -- <file> [-o out.json] [--format F] [--base base.json]
 * npm run import -- <dir|files…> --out <dir> [--base <dir>] [--keep-going] [--jobs N]
 *
 * One file: reads the statistics tables of a report (a web page, a PDF, or text: the shape is
 * found from the content) and prints the figures as JSON with their lines and the balance
 * checks; with --base, a whole dataset report. Messages go to standard error as "file:line:".
 *
 * A batch (a directory, several files, or --out <dir>): imports every file, one thread per core,
 * writes <out>/<id>.json and <out>/<id>.source.txt for each report read whole (id: the file's
 * name; meta: what the page states, under <base dir>/<id>.base.json where there is one), and
 * prints one summary line per file. Exit status: 0 all read; 1 a file was refused (0 with
 * --keep-going, which still writes only the reports read whole); 2 bad arguments.
 */

const FORMAT_IDS = FORMATS.map((spec) => spec.id)
const USAGE = `usage: npm run import -- <file> [-o out.json] [--format ${FORMAT_IDS.join('|')}] [--base base.json]
       npm run import -- <dir|files…> --out <dir> [--base <dir>] [--keep-going] [--jobs N]`

type Args = {
  inputs: string[]
  out: string | null
  format: TableFormat | undefined
  base: string | null
  keepGoing: boolean
  jobs: number
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    inputs: [],
    out: null,
    format: undefined,
    base: null,
    keepGoing: false,
    jobs: availableParallelism(),
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '-o' || arg === '--out') {
      args.out = argv[++i] ?? null
      if (!args.out) return `${arg} needs a file or folder name`
    } else if (arg === '--format') {
      const value = argv[++i] ?? ''
      args.format = FORMAT_IDS.find((f) => f === value)
      if (!args.format) return `--format must be one of ${FORMAT_IDS.join(', ')}`
    } else if (arg === '--base') {
      args.base = argv[++i] ?? null
      if (!args.base) return `${arg} needs a file or folder name`
    } else if (arg === '--keep-going') {
      args.keepGoing = true
    } else if (arg === '--jobs') {
      args.jobs = Number(argv[++i])
      if (!Number.isInteger(args.jobs) || args.jobs < 1)
        return '--jobs needs a whole number of at least 1'
    } else if (arg === '-h' || arg === '--help') {
      return ''
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`
    } else {
      args.inputs.push(arg)
    }
  }
  return args.inputs.length === 0 ? 'no input file' : args
}

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory()

/** Every file under the inputs, in name order; hidden files and base files are not reports. */
function filesOf(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) =>
    isDir(input)
      ? readdirSync(input, { recursive: true, encoding: 'utf8' })
          .filter(
            (name) =>
              !basename(name).startsWith('.') &&
              !name.endsWith('.base.json') &&
              !name.endsWith('.md'),
          )
          .map((name) => join(input, name))
          .filter((path) => statSync(path).isFile())
          .sort()
      : [input],
  )
}

/** The report id a file is imported as: its name, lower-case words joined by "-". */
export const idOf = (file: string) =>
  basename(file)
    .replace(/\.(?:source\.)?[a-z0-9]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'report'

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

function printProblems(outcome: FileImport): void {
  const { file, result } = outcome
  if (!result) {
    process.stderr.write(`${file}: error: ${outcome.refusals[0]?.message ?? 'not read'}\n`)
    return
  }
  for (const problem of result.problems) {
    const where = problem.line === null ? file : `${file}:${problem.line}`
    process.stderr.write(`${where}: ${problem.severity}: ${problem.message}\n`)
  }
  for (const check of result.checks.filter((c) => c.ok === false)) {
    const line = check.figures[0]?.line
    process.stderr.write(
      `${file}${line ? `:${line}` : ''}: balance: ${check.label}: ${check.detail}\n`,
    )
  }
  const passed = result.checks.filter((c) => c.ok === true).length
  const failed = result.checks.filter((c) => c.ok === false).length
  const errors = result.problems.filter((p) => p.severity === 'error').length
  const doc = outcome.document
  process.stderr.write(
    `${file}: ${doc ? `${doc.kind} (${doc.decoding.encoding}, from ${doc.decoding.from}); ` : ''}${result.format ?? 'no table'}${result.reading ? ` read as ${result.reading}` : ''}; ${result.figures.length} figures from ${result.tables.length} table(s); ${errors} error(s); balance checks: ${passed} passed, ${failed} failed, ${result.checks.length - passed - failed} not checked\n`,
  )
  for (const note of doc?.notes ?? []) process.stderr.write(`${file}: note: ${note}\n`)
}

async function single(args: Args): Promise<number> {
  const file = args.inputs[0] ?? ''
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(file === '-' ? 0 : file))
  } catch (error) {
    process.stderr.write(
      `import-report: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`,
    )
    return 2
  }
  let base: ReportBase | null = null
  if (args.base) {
    try {
      base = readJson(args.base) as ReportBase
    } catch (error) {
      process.stderr.write(`import-report: cannot read ${args.base} as JSON (${String(error)})\n`)
      return 2
    }
  }
  const outcome = await importFile(file, bytes, {
    ...(args.format ? { format: args.format } : {}),
    ...(base ? { report: { id: base.id ?? idOf(file), base } } : {}),
  })
  printProblems(outcome)
  const { result, source } = outcome
  if (!result || !source || result.tables.length === 0) return 1
  let json: string
  if (base) {
    if (!outcome.report) {
      for (const refusal of outcome.refusals)
        process.stderr.write(`${file}: error: ${refusal.message}\n`)
      return 1
    }
    json = `${JSON.stringify(outcome.report, null, 2)}\n`
  } else {
    const { issues, ...dataset } = toDatasetParts(source, result)
    for (const issue of issues) process.stderr.write(`${file}: error: dataset schema: ${issue}\n`)
    const { reading, ...rest } = result
    json = `${JSON.stringify({ ...rest, reading, dataset }, null, 2)}\n`
  }
  if (args.out) {
    try {
      writeFileSync(args.out, json)
    } catch (error) {
      process.stderr.write(
        `import-report: cannot write ${args.out} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`,
      )
      return 2
    }
  } else process.stdout.write(json)
  return outcome.refusals.length > 0 ? 1 : 0
}

type Done = { file: string; ms: number; outcome: FileImport }

function runPool(jobs: Job[], threads: number): Promise<Done[]> {
  const done: Done[] = []
  let next = 0
  return new Promise((resolve, reject) => {
    const size = Math.max(1, Math.min(threads, jobs.length))
    let live = size
    for (let w = 0; w < size; w++) {
      const worker = new Worker(new URL('./import-worker.ts', import.meta.url))
      const feed = () => {
        const job = jobs[next++]
        if (job) worker.postMessage(job)
        else {
          void worker.terminate()
          if (--live === 0) resolve(done)
        }
      }
      worker.on('message', (message: Done) => {
        done.push(message)
        feed()
      })
      worker.on('error', reject)
      feed()
    }
  })
}

async function batch(args: Args): Promise<number> {
  const files = filesOf(args.inputs)
  if (files.length === 0) {
    process.stderr.write('import-report: no files to import\n')
    return 2
  }
  const outDir = args.out
  if (outDir && !isDir(outDir)) {
    process.stderr.write(`import-report: --out ${outDir} is not a folder\n`)
    return 2
  }
  const baseOf = (id: string): ReportBase | null => {
    const path = args.base ? join(args.base, `${id}.base.json`) : null
    return path && existsSync(path) ? (readJson(path) as ReportBase) : null
  }
  const jobs: Job[] = files.map((file) => {
    const id = idOf(file)
    const base = baseOf(id)
    return {
      file,
      options: {
        ...(args.format ? { format: args.format } : {}),
        ...(outDir ? { report: { id: base?.id ?? id, base, fromPage: true } } : {}),
      },
    }
  })
  const started = performance.now()
  const results = (await runPool(jobs, args.jobs)).sort((a, b) => a.file.localeCompare(b.file))
  const seconds = (performance.now() - started) / 1000
  let refused = 0
  const rows = results.map(({ file, outcome }) => {
    const { result, report } = outcome
    const passed = result?.checks.filter((c) => c.ok === true).length ?? 0
    const failed = result?.checks.filter((c) => c.ok === false).length ?? 0
    const first = outcome.refusals[0]
    const wanted = outDir !== null
    if (first || (wanted && !report)) refused++
    if (outDir && report && outcome.source) {
      writeFileSync(join(outDir, `${report.id}.json`), `${JSON.stringify(report, null, 2)}\n`)
      writeFileSync(join(outDir, `${report.id}.source.txt`), outcome.source)
    }
    return [
      file,
      report?.id ?? (wanted ? '—' : ''),
      result?.format ?? '—',
      result?.reading ?? '—',
      String(result?.figures.length ?? 0),
      result ? `${passed}✓ ${failed}✗` : '—',
      first ? `refused${first.line ? ` at line ${first.line}` : ''}: ${first.message}` : 'read',
    ]
  })
  const head = ['file', 'report id', 'format', 'read as', 'figures', 'checks', 'outcome']
  const widths = head.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => Math.min(60, (row[c] ?? '').length))),
  )
  const show = (row: string[]) =>
    row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ')
  process.stdout.write(`${show(head)}\n${rows.map(show).join('\n')}\n`)
  process.stdout.write(
    `${results.length} file(s), ${results.length - refused} read, ${refused} refused, in ${seconds.toFixed(2)} s on ${Math.min(args.jobs, results.length)} thread(s)\n`,
  )
  return refused > 0 && !args.keepGoing ? 1 : 0
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    process.stderr.write(args ? `import-report: ${args}\n${USAGE}\n` : `${USAGE}\n`)
    return args ? 2 : 0
  }
  const many =
    args.inputs.length > 1 || args.inputs.some(isDir) || (args.out !== null && isDir(args.out))
  return many ? batch(args) : single(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `import-report: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 3
  },
)
