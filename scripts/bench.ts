// Usage: npm run bench [-- --write] [-- --runs=N]
// Builds the site, then times the dashboard, an embed page and a plain echarts.min.js page in
// headless Chromium with the CPU throttled. Prints Markdown; --write saves it to BENCHMARKS.md.
// Not part of npm test: it takes several minutes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from '../tests/e2e/chromium.ts'
import {
  CPU_THROTTLE,
  type DashboardRun,
  FRAME,
  measureDashboard,
  measureEmbed,
  measurePlain,
} from './bench-browser.ts'
import {
  buildSite,
  bundledReport,
  ECHARTS_MIN,
  ROOT,
  SYNTHETIC,
  syntheticApi,
  writePlainPage,
} from './bench-data.ts'
import {
  addSizes,
  dashboardStats,
  FRAME_MS,
  frames,
  growthRow,
  kB,
  lazySizes,
  ms,
  score,
  seen,
  sizeRow,
  stat,
  timeRow,
} from './bench-format.ts'
import { fileSizes, PAGES, pageWeight } from './bundle-size.ts'
import { serveWithHeaders } from './static-server.ts'

const args = process.argv.slice(2)
const runsArg = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length))
const RUNS = Number.isInteger(runsArg) && runsArg > 5 ? runsArg : 5
const EMBED = 'embed/channel-split.html'
const noStore = () => ({ 'Cache-Control': 'no-store' })

const dist = mkdtempSync(join(tmpdir(), 'gk-bench-dist-'))
const buildSeconds = await buildSite(dist)
const report = await bundledReport()
const plainDir = writePlainPage(report)
const synthetic = syntheticApi(report)
const site = await serveWithHeaders(dist, noStore)
const plain = await serveWithHeaders(plainDir, noStore)
const context = await launchChromium()

const dashboardRuns: DashboardRun[] = []
const largeRuns: DashboardRun[] = []
const embedRuns: Awaited<ReturnType<typeof measureEmbed>>[] = []
const plainRuns: Awaited<ReturnType<typeof measurePlain>>[] = []
let browserVersion = ''
try {
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()))
  browserVersion = (await cdp.send('Browser.getVersion')).product
  // One warm-up round (not counted), then the runs, interleaved so drift hits every page alike.
  for (let round = 0; round <= RUNS; round++) {
    const dashboard = await measureDashboard(context, site.url)
    const embed = await measureEmbed(context, site.url + EMBED)
    const plainRun = await measurePlain(context, plain.url)
    const large = await measureDashboard(context, site.url, synthetic)
    process.stderr.write(
      `${round ? `run ${round}/${RUNS}` : 'warm-up'}: dashboard ${ms(dashboard.all)}, embed ${ms(embed.fcp)}, plain ${ms(plainRun.drawn)}, large ${ms(large.all)}\n`,
    )
    if (round === 0) continue
    dashboardRuns.push(dashboard)
    embedRuns.push(embed)
    plainRuns.push(plainRun)
    largeRuns.push(large)
  }
} finally {
  await context.close()
  site.close()
  plain.close()
  rmSync(plainDir, { recursive: true, force: true })
}

// Bytes: up front from Vite's manifest; lazy chunks as the browser fetched them (last run).
const dashboardUp = pageWeight(dist, PAGES.dashboard)
const embedUp = pageWeight(dist, PAGES.embed)
const embedJs = addSizes(embedUp.js, {
  ...fileSizes(join(dist, 'embed/boot.js')),
  files: ['embed/boot.js'],
})
const echartsMin = fileSizes(ECHARTS_MIN)
const [lastDashboard, lastEmbed, lastPlain] = [dashboardRuns, embedRuns, plainRuns].map((runs) =>
  runs.at(-1),
) as [DashboardRun, (typeof embedRuns)[number], (typeof plainRuns)[number]]
const dashboardLazy = lazySizes(dist, lastDashboard.scripts, dashboardUp.js.files)
const embedLive = lazySizes(dist, lastEmbed.after, embedJs.files)
const dashboardEarly = lastDashboard.scripts.filter((script) =>
  dashboardUp.js.files.includes(script.path),
)
rmSync(dist, { recursive: true, force: true })

// Timings
const d = dashboardStats(dashboardRuns)
const l = dashboardStats(largeRuns)
const ofEmbed = (pick: (run: (typeof embedRuns)[number]) => number) => stat(embedRuns.map(pick))
const e = {
  prerendered: ofEmbed((run) => run.prerendered),
  fcp: ofEmbed((run) => run.fcp),
  live: ofEmbed((run) => run.live),
  liveDrawn: ofEmbed((run) => run.liveDrawn),
  beforePaint: embedRuns.filter((run) => run.prerendered <= run.fcp).length,
}
const p = {
  fcp: stat(plainRuns.map((run) => run.fcp)),
  drawn: stat(plainRuns.map((run) => run.drawn)),
}
const apiBytes = [...synthetic.values()].reduce((total, body) => total + body.length, 0)

// Goals
const visibleRatio = e.fcp.median / p.drawn.median
const bytesRatio = embedJs.gzip / echartsMin.gzip
const met = (ok: boolean) => (ok ? '**met**' : '**not met**')
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`
const cpu = `${cpus()[0]?.model ?? 'CPU'} × ${cpus().length}`

const output = `# Benchmarks

Command: \`${command}\` · date: ${new Date().toISOString()} · ${browserVersion} · Node ${process.version} · ${cpu} · build ${buildSeconds.toFixed(1)} s

Production build served by scripts/static-server.ts (uncompressed, so the browser column is raw
bytes plus headers; gzip and brotli are computed from the files). Timings: headless Chromium, CPU
throttled ${CPU_THROTTLE}× (CDP), cache disabled, a fresh page per run, median of ${RUNS} runs after one
warm-up round, in ms from navigation start unless stated. Dashboard viewport 1366×768; embed and
plain pages ${FRAME.width}×${FRAME.height} (an embed frame). “Drawn” is ECharts' 'finished' event,
which waits for the entry animation on the dashboard, the live embed and the plain page alike.

## Bytes

| What | Files | Raw | gzip | brotli | In browser: transferSize (encodedBodySize) |
| --- | ---: | ---: | ---: | ---: | ---: |
${sizeRow('Dashboard JS up front', dashboardUp.js, seen(dashboardEarly))}
${sizeRow('Dashboard CSS up front', dashboardUp.css)}
${sizeRow('Dashboard JS loaded lazily until all charts drawn', dashboardLazy, seen(dashboardLazy.browser))}
${sizeRow('Embed JS before interaction (runtime + embed/boot.js)', embedJs, seen(lastEmbed.before))}
${sizeRow('Embed CSS', embedUp.css)}
${sizeRow('Embed JS loaded after the click, until the live chart is drawn', embedLive, seen(embedLive.browser))}
${sizeRow('Plain page: echarts.min.js', echartsMin, seen(lastPlain.scripts.filter((s) => s.path === 'echarts.min.js')))}

## Timings

| Measure | Median | Min | Max |
| --- | ---: | ---: | ---: |
${timeRow('Dashboard: last API response received', d.api)}
${timeRow('Dashboard: first chart drawn', d.first)}
${timeRow(`Dashboard: all ${lastDashboard.charts} charts drawn`, d.all)}
${timeRow('Dashboard: FCP', d.fcp)}
${timeRow('Dashboard: LCP', d.lcp)}
${timeRow('Dashboard: CLS', d.cls, score)}
${timeRow(`Filter “诉求办理”: click duration (Event Timing)${d.eventNote}`, d.event)}
${timeRow('Filter “诉求办理”: click dispatch → 2nd requestAnimationFrame', d.frames)}
${timeRow(`Embed ${EMBED}: .prerendered in the DOM (before FCP in ${e.beforePaint} of ${RUNS} runs)`, e.prerendered)}
${timeRow(`Embed ${EMBED}: chart visible (FCP)`, e.fcp)}
${timeRow('Embed: click → .embed-chart.is-live', e.live)}
${timeRow('Embed: click → live chart drawn', e.liveDrawn)}
${timeRow('Plain page: FCP', p.fcp)}
${timeRow('Plain page: chart drawn', p.drawn)}

## Large synthetic dataset

${SYNTHETIC.reports} reports in the list; every category response padded with ${SYNTHETIC.perCategory.toLocaleString('en')} metrics and the report with
${SYNTHETIC.perReport.toLocaleString('en')} (${kB(apiBytes)} of JSON), answered by page.route() (Playwright relays the bodies, which adds to the API time).

| Measure | Bundled data (median) | Synthetic (median) | Synthetic min – max | Growth |
| --- | ---: | ---: | ---: | ---: |
${growthRow('Dashboard: last API response received', d.api, l.api)}
${growthRow('Dashboard: first chart drawn', d.first, l.first)}
${growthRow('Dashboard: all charts drawn', d.all, l.all)}
${growthRow('Dashboard: FCP', d.fcp, l.fcp)}
${growthRow('Dashboard: LCP', d.lcp, l.lcp)}
${growthRow('Dashboard: CLS', d.cls, l.cls, score)}
${growthRow(`Filter: click duration (Event Timing)${l.eventNote}`, d.event, l.event)}
${growthRow('Filter: click → 2nd requestAnimationFrame', d.frames, l.frames)}

## Goals

| Goal | Figures | Result |
| --- | --- | --- |
| Embed chart visible < 1/3 of the plain page's chart drawn | ${ms(e.fcp.median)} vs ${ms(p.drawn.median)} = ${visibleRatio.toFixed(2)} | ${met(visibleRatio < 1 / 3)} |
| Embed JS before interaction < 1/10 of echarts.min.js (gzip) | ${kB(embedJs.gzip)} vs ${kB(echartsMin.gzip)} = ${bytesRatio.toFixed(3)} (raw ${(embedJs.raw / echartsMin.raw).toFixed(3)}, brotli ${(embedJs.brotli / echartsMin.brotli).toFixed(3)}) | ${met(bytesRatio < 0.1)} |
| Dashboard, all charts drawn, sooner than the plain page's one chart | ${ms(d.all.median)} vs ${ms(p.drawn.median)} | ${met(d.all.median < p.drawn.median)} |
| Filter in one or two frames (Event Timing ≤ ${ms(2 * FRAME_MS)}) | ${ms(d.event.median)} = ${frames(d.event.median)}; 2nd rAF after ${ms(d.frames.median)} = ${frames(d.frames.median)} | ${met(d.event.median <= 2 * FRAME_MS)} |

The plain page's option is buildChannelSplitOption's output serialised to JSON: its label and
tooltip formatter functions drop out, so that chart shows ECharts' default label and tooltip text.
`

console.log(output)
if (args.includes('--write')) writeFileSync(join(ROOT, 'BENCHMARKS.md'), output)
