// Usage: node scripts/bench-importer.ts (also run by npm run bench)
// Times the importer on the bundled reports' published pages and the test fixtures: reports per
// second and peak memory in one process, file by file, and for the whole set as one batch
// (npm run import -- <dir> --out <dir>, one thread per core). Prints Markdown.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importFile } from '../src/importer/import-file.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const FIXTURES = join(ROOT, 'tests/fixtures/reports')

/** Every report file of the fixtures: published pages, copies, saved text, PDFs. */
export function importerInputs(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(html?|txt|pdf|md)$/.test(entry.name) && entry.name !== 'README.md')
        files.push(path)
    }
  }
  walk(FIXTURES)
  return files.sort()
}

/** Peak resident memory of a process (threads included), read from /proc while it runs. */
function peakOf(pid: number): () => number {
  let peak = 0
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
      peak = Math.max(peak, kb * 1024)
    } catch {
      // The process has ended.
    }
    return peak
  }
  return sample
}

export type ImporterBench = {
  files: number
  bytes: number
  single: {
    seconds: number
    perSecond: number
    peakBytes: number
    slowest: { file: string; ms: number }
  }
  batch: { seconds: number; perSecond: number; peakBytes: number; threads: number }
}

export async function benchImporter(): Promise<ImporterBench> {
  const files = importerInputs()
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0)
  // One process: each file in turn, after one warm-up pass that loads the code and pdfjs.
  for (const file of files) await importFile(file, new Uint8Array(readFileSync(file)))
  let slowest = { file: '', ms: 0 }
  const started = performance.now()
  for (const file of files) {
    const t = performance.now()
    await importFile(file, new Uint8Array(readFileSync(file)))
    const took = performance.now() - t
    if (took > slowest.ms) slowest = { file: file.slice(FIXTURES.length + 1), ms: took }
  }
  const seconds = (performance.now() - started) / 1000
  const singlePeak = process.resourceUsage().maxRSS * 1024
  // A batch: the same files through the CLI, one thread per core, in a process of its own.
  const input = mkdtempSync(join(tmpdir(), 'gk-bench-import-'))
  const out = join(input, 'out')
  mkdirSync(join(input, 'files'))
  mkdirSync(out)
  files.forEach((file, i) => {
    const name = `${String(i).padStart(3, '0')}-${file.split('/').pop()}`
    copyFileSync(file, join(input, 'files', name))
  })
  const threads = availableParallelism()
  const batchStarted = performance.now()
  const batchPeak = await new Promise<number>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'scripts/import-report.ts'), join(input, 'files'), '--out', out, '--keep-going'],
      { stdio: 'ignore' },
    )
    const sample = peakOf(child.pid ?? 0)
    const timer = setInterval(sample, 20)
    child.on('error', reject)
    child.on('exit', () => {
      clearInterval(timer)
      resolve(sample())
    })
  })
  const batchSeconds = (performance.now() - batchStarted) / 1000
  rmSync(input, { recursive: true, force: true })
  return {
    files: files.length,
    bytes,
    single: { seconds, perSecond: files.length / seconds, peakBytes: singlePeak, slowest },
    batch: {
      seconds: batchSeconds,
      perSecond: files.length / batchSeconds,
      peakBytes: batchPeak,
      threads,
    },
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`

export function importerMarkdown(bench: ImporterBench): string {
  return [
    `Importer (\`npm run import\`) on ${bench.files} fixture files (${(bench.bytes / 1024 / 1024).toFixed(1)} MB: published web pages, browser copies, saved page text, PDFs, pdftotext text):`,
    '',
    '| run | reports per second | wall time | peak memory |',
    '| --- | ---: | ---: | ---: |',
    `| one process, file by file | ${bench.single.perSecond.toFixed(1)} | ${bench.single.seconds.toFixed(2)} s | ${mb(bench.single.peakBytes)} |`,
    `| batch, ${bench.batch.threads} threads (CLI start included) | ${bench.batch.perSecond.toFixed(1)} | ${bench.batch.seconds.toFixed(2)} s | ${mb(bench.batch.peakBytes)} |`,
    '',
    `Slowest file in one process: ${bench.single.slowest.file}, ${bench.single.slowest.ms.toFixed(0)} ms.`,
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${importerMarkdown(await benchImporter())}\n`)
}
