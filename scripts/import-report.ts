import { readFileSync, writeFileSync } from 'node:fs'
import { importedReport } from '../src/importer/dataset-rules.ts'
import { importReport } from '../src/importer/import-report.ts'
import { type ReportBase, toDatasetParts } from '../src/importer/to-dataset.ts'
import type { ImportResult, TableFormat } from '../src/importer/types.ts'

/**
 * npm run import -- <file> [-o out.json] [--format national-2015|national-2019|national-2021]
 *                           [--base base.json]
 *
 * Reads the statistics tables of a report's text and prints them as JSON (the figures with their
 * lines, the balance checks, and the table metrics in the dataset format). With --base (a JSON
 * file holding the report's id, meta without tableFormat, and sections: what a table does not
 * say), it prints instead a whole report in the dataset format, validated by the dataset schema,
 * with the format's balance rules as its data checks: a file for data/reports/. Messages go to standard
 * error as "file:line: message". Exit status: 0 read; 1 the tables could not be read, or only in
 * part (the JSON is still written when any table was found); 2 bad arguments or unreadable file.
 */

const USAGE =
  'usage: npm run import -- <file> [-o out.json] [--format national-2015|national-2019|national-2021] [--base base.json]'
const FORMATS: readonly TableFormat[] = ['national-2015', 'national-2019', 'national-2021']

type Args = {
  file: string
  out: string | null
  format: TableFormat | undefined
  base: string | null
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null
  let out: string | null = null
  let format: TableFormat | undefined
  let base: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '-o' || arg === '--out') {
      out = argv[++i] ?? null
      if (!out) return `${arg} needs a file name`
    } else if (arg === '--format') {
      const value = argv[++i] ?? ''
      format = FORMATS.find((f) => f === value)
      if (!format) return `--format must be one of ${FORMATS.join(', ')}`
    } else if (arg === '--base') {
      base = argv[++i] ?? null
      if (!base) return `${arg} needs a file name`
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
  return file === null ? 'no input file' : { file, out, format, base }
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
  const output = args.base
    ? wholeReport(args.file, args.base, text, result)
    : importOutput(args.file, text, result)
  if (output === null) return 1
  const { json, issues } = output
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

/** The import result with the table metrics in the dataset format. */
function importOutput(file: string, text: string, result: ImportResult) {
  const { issues, ...dataset } = toDatasetParts(text, result)
  for (const issue of issues) process.stderr.write(`${file}: error: dataset schema: ${issue}\n`)
  return { json: `${JSON.stringify({ ...result, dataset }, null, 2)}\n`, issues }
}

/** A whole dataset report, or null (with the reasons on standard error) if it is not valid. */
function wholeReport(file: string, baseFile: string, text: string, result: ImportResult) {
  let base: ReportBase
  try {
    base = JSON.parse(readFileSync(baseFile, 'utf8'))
  } catch (error) {
    process.stderr.write(`import-report: cannot read ${baseFile} as JSON (${String(error)})\n`)
    return null
  }
  const built = importedReport(text, result, base)
  if (!built.ok) {
    for (const issue of built.issues) process.stderr.write(`${file}: error: report: ${issue}\n`)
    return null
  }
  return { json: `${JSON.stringify(built.report, null, 2)}\n`, issues: [] }
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(
    `import-report: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exitCode = 3
}
