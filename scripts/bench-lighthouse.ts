// Lighthouse (mobile preset: simulated slow 4G and 4× CPU) on the built dashboard and an embed
// page, for `npm run bench`. The site is served gzip-compressed, as a production host would.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts'
import { type Stat, stat } from './bench-format.ts'
import { securityHeaders } from './security-headers.ts'
import { serveWithHeaders } from './static-server.ts'

/** Chromium with a DevTools port for Lighthouse; resolves once the port answers. */
async function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'gk-lighthouse-'))
  const port = 9300 + Math.floor(Math.random() * 500)
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      '--headless=new',
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  const close = () => {
    child.kill()
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`)
      return { port, close }
    } catch {
      await new Promise((wait) => setTimeout(wait, 100))
    }
  }
  close()
  throw new Error(`Chromium did not open its DevTools port ${port}`)
}

export type LighthouseStats = {
  score: Stat
  fcp: Stat
  lcp: Stat
  tbt: Stat
  cls: Stat
  si: Stat
  /** Lighthouse's measure of this machine (its CPU slowdown assumes about 1000–2000). */
  benchmarkIndex: number
}

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const

/** `runs` Lighthouse runs (mobile, performance only) of each page; medians and ranges. */
export async function runLighthouse(
  dist: string,
  pages: readonly string[],
  runs: number,
): Promise<Map<string, LighthouseStats>> {
  const site = await serveWithHeaders(
    dist,
    (path) => ({ 'Cache-Control': 'no-cache', ...securityHeaders(path) }),
    { gzip: true },
  )
  const results = new Map<string, LighthouseStats>()
  try {
    for (const page of pages) {
      const samples: Record<keyof typeof METRICS | 'score', number[]> = {
        score: [],
        fcp: [],
        lcp: [],
        tbt: [],
        cls: [],
        si: [],
      }
      let benchmarkIndex = Number.NaN
      for (let run = 0; run < runs; run++) {
        const chrome = await launchForLighthouse()
        try {
          const result = await lighthouse(site.url + page, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          })
          const lhr = result?.lhr
          if (!lhr || lhr.runtimeError) {
            throw new Error(`Lighthouse on ${page}: ${lhr?.runtimeError?.message ?? 'no result'}`)
          }
          samples.score.push(Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100))
          for (const [key, id] of Object.entries(METRICS)) {
            samples[key as keyof typeof METRICS].push(lhr.audits[id]?.numericValue ?? Number.NaN)
          }
          benchmarkIndex = lhr.environment.benchmarkIndex
          process.stderr.write(
            `lighthouse ${page} run ${run + 1}/${runs}: ${samples.score.at(-1)}\n`,
          )
        } finally {
          chrome.close()
        }
      }
      results.set(page, {
        score: stat(samples.score),
        fcp: stat(samples.fcp),
        lcp: stat(samples.lcp),
        tbt: stat(samples.tbt),
        cls: stat(samples.cls),
        si: stat(samples.si),
        benchmarkIndex,
      })
    }
  } finally {
    site.close()
  }
  return results
}
