// The Markdown of `npm run bench` (BENCHMARKS.md) from the measured runs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  CPU_THROTTLE,
  type DashboardRun,
  FRAME,
  type measureEmbed,
  type measurePlain,
} from './bench-browser.ts'
import { ECHARTS_MIN, SYNTHETIC } from './bench-data.ts'
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
import type { LighthouseStats } from './bench-lighthouse.ts'
import { fileSizes, PAGES, pageWeight } from './bundle-size.ts'
import { linkedStyleSheets } from './vite-plugin-prerender-html.ts'

export const EMBED = 'embed/channel-split.html'
export const PHONE = { width: 390, height: 844 }

type EmbedRun = Awaited<ReturnType<typeof measureEmbed>>
type PlainRun = Awaited<ReturnType<typeof measurePlain>>

export type BenchResults = {
  command: string
  environment: string
  /** The build measured (still on disk). */
  dist: string
  runs: {
    prerendered: DashboardRun[]
    client: DashboardRun[]
    large: DashboardRun[]
    embed: EmbedRun[]
    plain: PlainRun[]
    englishCls: number[]
    phoneCls: number[]
  }
  synthetic: Map<string, string>
  /** The query of the dashboard's client-rendered runs. */
  clientQuery: string
  lighthouse: Map<string, LighthouseStats> | null
}

const met = (ok: boolean) => (ok ? '**met**' : '**not met**')

function lighthouseSection(results: Map<string, LighthouseStats> | null): string[] {
  if (!results) return ['Not run (`--no-lighthouse`).']
  const rows = [...results].map(([page, s]) => {
    const name = page || 'Dashboard `/`'
    const range = `${s.score.min}–${s.score.max}`
    return `| ${name} | **${s.score.median}** (${range}) | ${ms(s.fcp.median)} | ${ms(s.lcp.median)} | ${ms(s.tbt.median)} | ${score(s.cls.median)} | ${ms(s.si.median)} | ${Math.round(s.benchmarkIndex)} |`
  })
  return [
    'Lighthouse 13 (`lighthouse` devDependency), mobile preset: simulated slow 4G (150 ms RTT,',
    '1.6 Mbit/s) and 4× CPU slowdown, performance category only, median of 3 runs (each in a fresh',
    'headless Chromium). The site is served gzip-compressed with the deployment headers, as a',
    'production host would serve it (bench-lighthouse.ts). Lighthouse scales its CPU slowdown to a',
    'machine whose benchmark index is about 1000–2000; a busy or slow machine scores lower.',
    '',
    '| Page | Performance score (min–max) | FCP | LCP | TBT | CLS | Speed Index | Benchmark index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ]
}

export function benchReport(r: BenchResults): string {
  const { dist, runs } = r
  const count = runs.prerendered.length
  // Bytes: up front from Vite's manifest; lazy chunks as the browser fetched them (last run).
  const dashboardUp = pageWeight(dist, PAGES.dashboard)
  const html = fileSizes(join(dist, 'index.html'))
  const boot = fileSizes(join(dist, 'prerender-boot.js'))
  const linkedCss = linkedStyleSheets(readFileSync(join(dist, 'index.html'), 'utf8'))
    .map((file) => ({ ...fileSizes(join(dist, file)), files: [file] }))
    .reduce(addSizes, { files: [], raw: 0, gzip: 0, brotli: 0 })
  const embedUp = pageWeight(dist, PAGES.embed)
  const embedJs = addSizes(embedUp.js, {
    ...fileSizes(join(dist, 'embed/boot.js')),
    files: ['embed/boot.js'],
  })
  const echartsMin = fileSizes(ECHARTS_MIN)
  const lastPrerendered = runs.prerendered.at(-1) as DashboardRun
  const lastEmbed = runs.embed.at(-1) as EmbedRun
  const lastPlain = runs.plain.at(-1) as PlainRun
  const dashboardLazy = lazySizes(dist, lastPrerendered.scripts, dashboardUp.js.files)
  const embedLive = lazySizes(dist, lastEmbed.after, embedJs.files)
  const early = lastPrerendered.scripts.filter((s) => dashboardUp.js.files.includes(s.path))

  const d = dashboardStats(runs.prerendered)
  const c = dashboardStats(runs.client)
  const l = dashboardStats(runs.large)
  const ofEmbed = (pick: (run: EmbedRun) => number) => stat(runs.embed.map(pick))
  const e = {
    prerendered: ofEmbed((run) => run.prerendered),
    fcp: ofEmbed((run) => run.fcp),
    live: ofEmbed((run) => run.live),
    liveDrawn: ofEmbed((run) => run.liveDrawn),
    beforePaint: runs.embed.filter((run) => run.prerendered <= run.fcp).length,
  }
  const p = {
    fcp: stat(runs.plain.map((run) => run.fcp)),
    drawn: stat(runs.plain.map((run) => run.drawn)),
  }
  const englishCls = stat(runs.englishCls)
  const phoneCls = stat(runs.phoneCls)
  const apiBytes = [...r.synthetic.values()].reduce((total, body) => total + body.length, 0)
  const charts = lastPrerendered.charts

  const visibleRatio = e.fcp.median / p.drawn.median
  const bytesRatio = embedJs.gzip / echartsMin.gzip
  const lh = r.lighthouse
  const lhScores = lh ? [...lh.values()] : []
  const lhMet =
    lhScores.length > 0 && lhScores.every((s) => s.score.median >= 95 && s.cls.max === 0)
  const clsZero = [d.cls, englishCls, phoneCls].every((s) => s.max === 0)

  return `# Benchmarks

Command: \`${r.command}\` · ${r.environment}

Production build served by scripts/static-server.ts (uncompressed, so the browser column is raw
bytes plus headers; gzip and brotli are computed from the files). Timings: headless Chromium, CPU
throttled ${CPU_THROTTLE}× (CDP), cache disabled, a fresh page per run, median of ${count} runs after one
warm-up round, in ms from navigation start unless stated. Dashboard viewport 1366×768; embed and
plain pages ${FRAME.width}×${FRAME.height} (an embed frame).

The build prerenders the dashboard's default view into index.html (scripts/vite-plugin-prerender.ts):
\`/\` shows every chart as SVG as soon as its markup is parsed (the first paint waits for the
first chart box, so that no half-parsed first screen is painted), then loads the app, which
hydrates the page;
ECharts loads at the reader's first input and takes a chart over when the reader points at,
touches or focuses it (a click made before then is replayed on it), or when its option changes.
\`${r.clientQuery}\` is the same view at a URL the build did not prerender, rendered by the app in
the browser as before.
“On screen” is the first frame painted (a task queued from requestAnimationFrame) once a chart
box holds its whole chart: the prerendered SVG parsed to its end, or the chart ECharts finished.
“Drawn” is ECharts' 'finished' event, which waits for the entry animation on the client-rendered
dashboard, the live embed and the plain page alike (a prerendered chart is taken over unanimated).
“Hydrated” is when every prerendered chart box has been attached by the app (its data-drawn).

## Bytes

| What | Files | Raw | gzip | brotli | In browser: transferSize (encodedBodySize) |
| --- | ---: | ---: | ---: | ---: | ---: |
${sizeRow('Dashboard HTML (prerendered view: markup, charts as SVG in both palettes, query cache)', html)}
${sizeRow('Dashboard prerender-boot.js (classic script in head: view check, then loads the app)', boot)}
${sizeRow('Dashboard JS up front', dashboardUp.js, seen(early))}
${sizeRow('Dashboard CSS up front (static imports)', dashboardUp.css)}
${sizeRow('Dashboard CSS linked by index.html (also the code-split panels’, for the prerendered markup)', linkedCss)}
${sizeRow('Dashboard JS loaded lazily until a chart is drawn by ECharts (code-split panels, ECharts)', dashboardLazy, seen(dashboardLazy.browser))}
${sizeRow('Embed JS before interaction (runtime + embed/boot.js)', embedJs, seen(lastEmbed.before))}
${sizeRow('Embed CSS', embedUp.css)}
${sizeRow('Embed JS loaded after the click, until the live chart is drawn', embedLive, seen(embedLive.browser))}
${sizeRow('Plain page: echarts.min.js', echartsMin, seen(lastPlain.scripts.filter((s) => s.path === 'echarts.min.js')))}

## Timings

| Measure | Median | Min | Max |
| --- | ---: | ---: | ---: |
${timeRow(`Dashboard \`/\` (prerendered): all ${charts} charts on screen`, d.visible)}
${timeRow('Dashboard `/`: FCP', d.fcp)}
${timeRow('Dashboard `/`: LCP', d.lcp)}
${timeRow('Dashboard `/`: CLS', d.cls, score)}
${timeRow('Dashboard `/`: last API response received (none requested: the data is in the page)', d.api)}
${timeRow(`Dashboard \`/\`: hydrated (the app attached to all ${charts} chart boxes; filters answer)`, d.all)}
${timeRow('Dashboard `/`: scroll to the first chart and point at it → ECharts has drawn it (ms after pointing)', d.pointed)}
${timeRow(`Dashboard \`${r.clientQuery}\` (client render): last API response received`, c.api)}
${timeRow('Dashboard client render: first chart drawn', c.first)}
${timeRow(`Dashboard client render: all ${charts} charts drawn`, c.all)}
${timeRow(`Dashboard client render: all ${charts} charts on screen`, c.visible)}
${timeRow('Dashboard client render: FCP', c.fcp)}
${timeRow('Dashboard client render: LCP', c.lcp)}
${timeRow('Dashboard client render: CLS', c.cls, score)}
${timeRow(`Dashboard \`?lang=en\`: CLS`, englishCls, score)}
${timeRow(`Dashboard \`/\` at ${PHONE.width}×${PHONE.height} (phone): CLS`, phoneCls, score)}
${timeRow(`Filter “诉求办理” on \`/\`: click duration (Event Timing)${d.eventNote}`, d.event)}
${timeRow('Filter on `/`: click dispatch → 2nd requestAnimationFrame', d.frames)}
${timeRow('Filter on `/`: click dispatch → panels changed, on screen', d.applied)}
${timeRow(`Filter on the client render: click duration (Event Timing)${c.eventNote}`, c.event)}
${timeRow('Filter on the client render: click dispatch → panels changed, on screen', c.applied)}
${timeRow(`Embed ${EMBED}: .prerendered in the DOM (before FCP in ${e.beforePaint} of ${count} runs)`, e.prerendered)}
${timeRow(`Embed ${EMBED}: chart visible (FCP)`, e.fcp)}
${timeRow('Embed: click → .embed-chart.is-live', e.live)}
${timeRow('Embed: click → live chart drawn', e.liveDrawn)}
${timeRow('Plain page: FCP', p.fcp)}
${timeRow('Plain page: chart drawn', p.drawn)}

Filter clicks are made as a reader makes them: the pointer rests on the button for 300 ms, then
the button goes down and up (no test-driver code runs in the page during the click).

## Lighthouse

${lighthouseSection(lh).join('\n')}

## Large synthetic dataset

${SYNTHETIC.reports} reports in the list; every category response padded with ${SYNTHETIC.perCategory.toLocaleString('en')} metrics and the report with
${SYNTHETIC.perReport.toLocaleString('en')} (${kB(apiBytes)} of JSON), answered by page.route() (Playwright relays the bodies, which adds to the API time).
Both columns are the client render (\`${r.clientQuery}\`): the prerendered \`/\` holds the bundled data.

| Measure | Bundled data (median) | Synthetic (median) | Synthetic min – max | Growth |
| --- | ---: | ---: | ---: | ---: |
${growthRow('Dashboard: last API response received', c.api, l.api)}
${growthRow('Dashboard: first chart drawn', c.first, l.first)}
${growthRow('Dashboard: all charts drawn', c.all, l.all)}
${growthRow('Dashboard: FCP', c.fcp, l.fcp)}
${growthRow('Dashboard: LCP', c.lcp, l.lcp)}
${growthRow('Dashboard: CLS', c.cls, l.cls, score)}
${growthRow(`Filter: click duration (Event Timing)${l.eventNote}`, c.event, l.event)}
${growthRow('Filter: click → panels changed, on screen', c.applied, l.applied)}

## Goals

| Goal | Figures | Result |
| --- | --- | --- |
| Embed chart visible < 1/3 of the plain page's chart drawn | ${ms(e.fcp.median)} vs ${ms(p.drawn.median)} = ${visibleRatio.toFixed(2)} | ${met(visibleRatio < 1 / 3)} |
| Embed JS before interaction < 1/10 of echarts.min.js (gzip) | ${kB(embedJs.gzip)} vs ${kB(echartsMin.gzip)} = ${bytesRatio.toFixed(3)} (raw ${(embedJs.raw / echartsMin.raw).toFixed(3)}, brotli ${(embedJs.brotli / echartsMin.brotli).toFixed(3)}) | ${met(bytesRatio < 0.1)} |
| Dashboard, all charts on screen, sooner than the plain page's one chart drawn | ${ms(d.visible.median)} vs ${ms(p.drawn.median)} | ${met(d.visible.median < p.drawn.median)} |
| Ours, beyond the issue: dashboard hydrated (every control answers, clicks made before are replayed) sooner than the plain page's one chart drawn | ${ms(d.all.median)} vs ${ms(p.drawn.median)} | ${met(d.all.median < p.drawn.median)} |
| Filter in one or two frames (Event Timing ≤ ${ms(2 * FRAME_MS)}) | ${ms(d.event.median)} = ${frames(d.event.median)}; panels changed on screen after ${ms(d.applied.median)} = ${frames(d.applied.median)} | ${met(d.event.median <= 2 * FRAME_MS)} |
| No layout shift: CLS 0 on \`/\`, \`?lang=en\` and a phone | ${score(d.cls.max)}, ${score(englishCls.max)}, ${score(phoneCls.max)} (max of the runs) | ${met(clsZero)} |
| Lighthouse mobile performance ≥ 95, CLS 0, dashboard and embed | ${lh ? lhScores.map((s) => s.score.median).join(', ') : 'not run'} | ${met(lhMet)} |

The plain page's option is buildChannelSplitOption's output serialised to JSON: its label and
tooltip formatter functions drop out, so that chart shows ECharts' default label and tooltip text.
`
}
