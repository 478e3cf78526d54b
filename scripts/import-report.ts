import { readFileSync, writeFileSync } from 'node:fs'
import { importReport } from '../src/importer/import-report.ts'
import { toDatasetParts } from '../src/importer/to-dataset.ts'
import type { ImportResult, TableFormat } from '../src/importer/types.ts'

/**
 * npm run import -- <file> [-o out.json] [--format national-2015|national-2021]
 *
 * Reads the statistics tables of a report's text and prints them as JSON (the figures with their
 * lines, the balance checks, and the table metrics in the dataset format). Messages go to standard
 * error as "file:line: message". Exit status: 0 read; 1 the tables could not be read, or only in
 * part (the JSON is still written when any table was found); 2 bad arguments or unreadable file.
 */

const USAGE = 'usage: npm run import -- <file> [-o out.json] [--format national-2015|national-2021]'
const FORMATS: readonly TableFormat[] = ['national-2015', 'national-2021']

type Args = { file: string; out: string | null; format: TableFormat | undefined }

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null
  let out: string | null = null
  let format: TableFormat | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '-o' || arg === '--out') {
      out = argv[++i] ?? null
      if (!out) return `${arg} needs a file name`
    } else if (arg === '--format') {
      const value = argv[++i] ?? ''
      format = FORMATS.find((f) => f === value)
      if (!format) return `--format must be one of ${FORMATS.join(', ')}`
    } else if (arg === '-h' || arg === '--help') {
      return ''
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`
    } else if (file === null) {
      file = arg
    } else {
      return `more than one input file (${file}, ${arg})`
    }
  }
  return file === null ? 'no input file' : { file, out, format }
}

function report(file: string, result: ImportResult): void {
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
  process.stderr.write(
    `${file}: ${result.format ?? 'no table'}; ${result.figures.length} figures from ${result.tables.length} table(s); ${errors} error(s); balance checks: ${passed} passed, ${failed} failed, ${result.checks.length - passed - failed} not checked\n`,
  )
}

function main(argv: string[]): number {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    process.stderr.write(args ? `import-report: ${args}\n${USAGE}\n` : `${USAGE}\n`)
    return args ? 2 : 0
  }
  let text: string
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    process.stderr.write(`import-report: cannot read ${args.file} (${code})\n`)
    return 2
  }
  const result = importReport(text, args.format ? { format: args.format } : {})
  report(args.file, result)
  if (result.tables.length === 0) return 1
  const { issues, ...dataset } = toDatasetParts(text, result)
  for (const issue of issues)
    process.stderr.write(`${args.file}: error: dataset schema: ${issue}\n`)
  const json = `${JSON.stringify({ ...result, dataset }, null, 2)}\n`
  if (args.out) {
    try {
      writeFileSync(args.out, json)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      process.stderr.write(`import-report: cannot write ${args.out} (${code})\n`)
      return 2
    }
  } else {
    process.stdout.write(json)
  }
  const errors = result.problems.some((p) => p.severity === 'error') || issues.length > 0
  return errors ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(
    `import-report: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 3
}
