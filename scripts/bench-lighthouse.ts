// Lighthouse (mobile preset: simulated slow 4G and 4× CPU) on the built dashboard and an embed
// page, for `npm run bench`. The site is served gzip-compressed, as a production host would.
import { type ChildProcess, spawn } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'
import lighthouse from 'lighthouse'
import { chromiumPath } from '../tests/e2e/chromium.ts'
import { type Stat, stat } from './bench-format.ts'
import { securityHeaders } from './security-headers.ts'

/** The flags the brief and tests/e2e/chromium.ts use: no network beyond the page. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** A static server like scripts/static-server.ts, with the deployment headers, gzip on text. */
export function serveCompressed(root: string) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    try {
      if (!file.startsWith(root)) throw new Error('outside')
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      statSync(file)
    } catch {
      response.writeHead(404).end('not found')
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const gzip = type !== 'application/octet-stream'
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...securityHeaders(path),
    })
    const stream = createReadStream(file)
    if (gzip) stream.pipe(createGzip()).pipe(response)
    else stream.pipe(response)
  })
  return new Promise<{ url: string; close: () => void }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ url: `http://127.0.0.1:${port}/`, close: () => server.close() })
    })
  })
}

/** Chromium with a DevTools port for Lighthouse; resolves once the port answers. */
async function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'gk-lighthouse-'))
  const port = 9300 + Math.floor(Math.random() * 500)
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      ...CHROME_FLAGS,
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
  const site = await serveCompressed(dist)
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
