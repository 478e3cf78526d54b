import { join } from 'node:path'
import type { DashboardRun, Script } from './bench-browser.ts'
import { fileSizes, type Sizes } from './bundle-size.ts'

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60
/** A filter click with no Event Timing entry took under 16 ms: counted as 16. */
const FILTER_MISSING = 16

export type Stat = { median: number; min: number; max: number }

export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const at = (i: number) => sorted[i] ?? Number.NaN
  const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
  return { median, min: at(0), max: at(sorted.length - 1) }
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a')
export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
export const frames = (value: number) => `${(value / FRAME_MS).toFixed(1)} frames`
export const score = (value: number) => value.toFixed(3)

/** The medians (and ranges) of the dashboard runs. */
export function dashboardStats(runs: readonly DashboardRun[]) {
  const of = (pick: (run: DashboardRun) => number) => stat(runs.map(pick))
  const missing = runs.filter((run) => run.filterEvent === null).length
  return {
    first: of((run) => run.first),
    all: of((run) => run.all),
    visible: of((run) => run.visible),
    pointed: of((run) => run.pointed),
    api: of((run) => run.api),
    fcp: of((run) => run.fcp),
    lcp: of((run) => run.lcp),
    cls: of((run) => run.cls),
    event: of((run) => run.filterEvent ?? FILTER_MISSING),
    frames: of((run) => run.filterFrames),
    applied: of((run) => run.filterApplied),
    /** Said next to the Event Timing figure when some clicks left no entry. */
    eventNote: missing
      ? ` (${missing} of ${runs.length} runs under 16 ms, no entry: counted as 16)`
      : '',
  }
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return {
    files: [...a.files, ...b.files],
    raw: a.raw + b.raw,
    gzip: a.gzip + b.gzip,
    brotli: a.brotli + b.brotli,
  }
}

/** Bytes of the built files a page fetched, except the ones it loads up front. */
export function lazySizes(dist: string, scripts: readonly Script[], upFront: readonly string[]) {
  const browser = scripts.filter((script) => !upFront.includes(script.path))
  const empty: Sizes = { files: [], raw: 0, gzip: 0, brotli: 0 }
  const sizes = browser.reduce(
    (total, script) => addSizes(total, fileSizes(join(dist, script.path))),
    empty,
  )
  return { ...sizes, files: browser.map((script) => script.path), browser }
}

/** What the browser fetched: transferSize (encodedBodySize). */
export function seen(items: readonly Script[]) {
  const transfer = items.reduce((total, item) => total + item.transfer, 0)
  const encoded = items.reduce((total, item) => total + item.encoded, 0)
  return `${kB(transfer)} (${kB(encoded)})`
}

export const sizeRow = (what: string, sizes: Sizes, browser = '') =>
  `| ${what} | ${sizes.files.length} | ${kB(sizes.raw)} | ${kB(sizes.gzip)} | ${kB(sizes.brotli)} | ${browser} |`

export const timeRow = (what: string, s: Stat, format = ms) =>
  `| ${what} | ${format(s.median)} | ${format(s.min)} | ${format(s.max)} |`

/** b's median as a multiple of a's; "none" when both are 0 (no layout shift in either). */
const growth = (a: number, b: number) =>
  a === 0 ? (b === 0 ? 'none' : 'from 0') : `${(b / a).toFixed(1)}×`

export const growthRow = (what: string, a: Stat, b: Stat, format = ms) =>
  `| ${what} | ${format(a.median)} | ${format(b.median)} | ${format(b.min)} – ${format(b.max)} | ${growth(a.median, b.median)} |`
