// Usage: npm run bench [-- --write] [-- --runs=N] [-- --no-lighthouse]
// Builds the site, then times the dashboard, an embed page and a plain echarts.min.js page in
// headless Chromium with the CPU throttled, and runs Lighthouse (mobile) on the dashboard and the
// embed page, and times the importer (scripts/bench-importer.ts: reports per second and peak memory,
// one process and a batch). Prints Markdown; --write saves it to BENCHMARKS.md. Not part of npm test: it takes
// several minutes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromium } from '../tests/e2e/chromium.ts'
import {
  type DashboardRun,
  measureDashboard,
  measureEmbed,
  measurePlain,
  measureShifts,
} from './bench-browser.ts'
import { buildSite, bundledReport, ROOT, syntheticApi, writePlainPage } from './bench-data.ts'
import { ms, score } from './bench-format.ts'
import { benchImporter, importerMarkdown } from './bench-importer.ts'
import { runLighthouse } from './bench-lighthouse.ts'
import { type BenchResults, benchReport, EMBED, PHONE } from './bench-report.ts'
import { serveWithHeaders } from './static-server.ts'

const args = process.argv.slice(2)
const runsArg = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length))
const RUNS = Number.isInteger(runsArg) && runsArg > 5 ? runsArg : 5
const LIGHTHOUSE_RUNS = 3
const noStore = () => ({ 'Cache-Control': 'no-store' })

const dist = mkdtempSync(join(tmpdir(), 'gk-bench-dist-'))
const buildSeconds = await buildSite(dist)
const report = await bundledReport()
const plainDir = writePlainPage(report)
const synthetic = syntheticApi(report)
const site = await serveWithHeaders(dist, noStore)
const plain = await serveWithHeaders(plainDir, noStore)
const context = await launchChromium()
// The same view as `/`, at a URL the build did not prerender: the app renders it in the browser.
const clientUrl = `${site.url}?report=${encodeURIComponent(report.id)}`

const runs: BenchResults['runs'] = {
  prerendered: [],
  client: [],
  large: [],
  embed: [],
  plain: [],
  englishCls: [],
  phoneCls: [],
}
let browserVersion = ''
try {
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()))
  browserVersion = (await cdp.send('Browser.getVersion')).product
  // One warm-up round (not counted), then the runs, interleaved so drift hits every page alike.
  for (let round = 0; round <= RUNS; round++) {
    const prerendered: DashboardRun = await measureDashboard(context, site.url)
    const client = await measureDashboard(context, clientUrl)
    const embed = await measureEmbed(context, site.url + EMBED)
    const plainRun = await measurePlain(context, plain.url)
    const large = await measureDashboard(context, clientUrl, synthetic)
    const englishCls = await measureShifts(context, `${site.url}?lang=en`, {
      width: 1366,
      height: 768,
    })
    const phoneCls = await measureShifts(context, site.url, PHONE)
    process.stderr.write(
      `${round ? `run ${round}/${RUNS}` : 'warm-up'}: dashboard on screen ${ms(prerendered.visible)}, hydrated ${ms(prerendered.all)}, client ${ms(client.all)}, embed ${ms(embed.fcp)}, plain ${ms(plainRun.drawn)}, large ${ms(large.all)}, CLS en ${score(englishCls)} phone ${score(phoneCls)}\n`,
    )
    if (round === 0) continue
    runs.prerendered.push(prerendered)
    runs.client.push(client)
    runs.embed.push(embed)
    runs.plain.push(plainRun)
    runs.large.push(large)
    runs.englishCls.push(englishCls)
    runs.phoneCls.push(phoneCls)
  }
} finally {
  await context.close()
  site.close()
  plain.close()
  rmSync(plainDir, { recursive: true, force: true })
}

const lighthouse = args.includes('--no-lighthouse')
  ? null
  : await runLighthouse(dist, ['', EMBED], LIGHTHOUSE_RUNS)

const importer = importerMarkdown(await benchImporter())

const page = benchReport({
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  environment: `date: ${new Date().toISOString()} · ${browserVersion} · Node ${process.version} · ${cpus()[0]?.model ?? 'CPU'} × ${cpus().length} · build ${buildSeconds.toFixed(1)} s`,
  dist,
  runs,
  synthetic,
  clientQuery: `?report=${report.id}`,
  lighthouse,
})
rmSync(dist, { recursive: true, force: true })
const output = `${page.trimEnd()}\n\n## Importer\n\n${importer}\n`

console.log(output)
if (args.includes('--write')) writeFileSync(join(ROOT, 'BENCHMARKS.md'), output)
