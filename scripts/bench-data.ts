import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { runnerImport } from 'vite'
import { CHART_PALETTES } from '../src/components/chart/chart-theme.ts'
import { apiPaths } from '../src/contract/api-paths.ts'
import { CategoryMetricsSchema, ReportListSchema } from '../src/contract/api-schema.ts'
import { figureIndex } from '../src/domain/figures.ts'
import { CATEGORIES, type Metric, type Report, ReportSchema } from '../src/domain/report-schema.ts'
import { buildChannelSplitOption } from '../src/features/proactive/channel-split-option.ts'

export const ROOT = join(import.meta.dirname, '..')
export const ECHARTS_MIN = join(ROOT, 'node_modules/echarts/dist/echarts.min.js')

/**
 * `vite build` in its own process with NODE_ENV=production (as tests/e2e/global-setup.ts), into
 * `outDir`: other work in the checkout may rebuild dist/ while the bench runs. Returns seconds.
 */
export function buildSite(outDir: string): Promise<number> {
  const started = performance.now()
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', fail)
    child.on('exit', (code) =>
      code === 0
        ? done((performance.now() - started) / 1000)
        : fail(new Error(`vite build exited ${code}`)),
    )
  })
}

/** Sizes of the synthetic dataset (see `syntheticApi`). */
export const SYNTHETIC = { reports: 500, perCategory: 5_000, perReport: 20_000 }

/**
 * The first bundled report, through Vite's module runner: src/contract/load-bundle.ts uses a
 * parameter property, which Node's type stripping rejects.
 */
export async function bundledReport(): Promise<Report> {
  const { module } = await runnerImport<typeof import('./vite-plugin-static-api.ts')>(
    join(ROOT, 'scripts/vite-plugin-static-api.ts'),
    { configFile: false, logLevel: 'error' },
  )
  const [first] = module.readBundle()
  if (!first) throw new Error('data/reports/ holds no report')
  return first.report
}

/**
 * The comparison page: embed/channel-split.html's chart pasted the usual way, echarts.min.js and
 * `echarts.init(div)` (canvas renderer) with the same option as JSON, so the option's formatter
 * functions drop out (ECharts' default label and tooltip text instead).
 */
export function writePlainPage(report: Report): string {
  const figures = figureIndex(report.metrics.filter((metric) => metric.category === 'proactive'))
  const option = buildChannelSplitOption({ figures, locale: 'zh', palette: CHART_PALETTES.light })
  const dir = mkdtempSync(join(tmpdir(), 'gk-bench-plain-'))
  copyFileSync(ECHARTS_MIN, join(dir, 'echarts.min.js'))
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>主动公开渠道分布 (echarts.min.js)</title></head>
<body>
<h1>主动公开渠道分布</h1>
<div id="chart" style="width:100%;height:320px"></div>
<script src="echarts.min.js"></script>
<script src="plain.js"></script>
</body>
</html>
`,
  )
  writeFileSync(
    join(dir, 'plain.js'),
    `const chart = echarts.init(document.getElementById('chart'))
chart.on('finished', () => {
  if (window.__chartDrawn === undefined) window.__chartDrawn = performance.now()
})
chart.setOption(${JSON.stringify(option)})
`,
  )
  return dir
}

/** `count` copies of the metrics, cycling, each with a new id and value: valid per MetricSchema. */
function padding(metrics: readonly Metric[], count: number, tag: string): Metric[] {
  return Array.from({ length: count }, (_, i) => {
    const base = metrics[i % metrics.length] as Metric
    const value = (i * 37) % 10_000
    return { ...base, id: `bench-${tag}.m${i}`, value, asWritten: String(value) }
  })
}

/**
 * API responses (path under api/ → JSON) of a large synthetic dataset: 500 reports in the list
 * (the bundled one first, so the dashboard opens it), each category response padded with 5,000
 * metrics and the report with 20,000. Every body is checked against the API's schemas.
 */
export function syntheticApi(report: Report): Map<string, string> {
  const bodies = new Map<string, string>()
  const summary = {
    id: report.id,
    title: report.meta.title,
    agency: report.meta.agency,
    region: report.meta.region,
    year: report.meta.year,
    tableFormat: report.meta.tableFormat,
    metricCount: report.metrics.length + SYNTHETIC.perReport,
  }
  const list = ReportListSchema.parse({
    reports: Array.from({ length: SYNTHETIC.reports }, (_, i) =>
      i === 0 ? summary : { ...summary, id: `bench-report-${i}` },
    ),
  })
  bodies.set(apiPaths.reportList(), JSON.stringify(list))
  const big = {
    ...report,
    metrics: [...report.metrics, ...padding(report.metrics, SYNTHETIC.perReport, 'r')],
  }
  bodies.set(apiPaths.report(report.id), JSON.stringify(ReportSchema.parse(big)))
  for (const category of CATEGORIES) {
    const own = report.metrics.filter((metric) => metric.category === category)
    const models = own.length > 0 ? own : report.metrics.map((metric) => ({ ...metric, category }))
    const metrics = [...own, ...padding(models, SYNTHETIC.perCategory, category)]
    const body = CategoryMetricsSchema.parse({ reportId: report.id, category, metrics })
    bodies.set(apiPaths.categoryMetrics(report.id, category), JSON.stringify(body))
  }
  return bodies
}

/** Answers the page's API requests with `bodies`; anything else (source.json) goes to the server. */
export function routeApi(page: Page, bodies: Map<string, string>) {
  return page.route('**/api/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/api\//, '')
    const body = bodies.get(path)
    if (body === undefined) return route.continue()
    return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body })
  })
}
