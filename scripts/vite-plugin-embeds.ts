import { join } from 'node:path'
import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import { createServer, createServerModuleRunner } from 'vite'
import { CHART_PALETTES } from '../src/components/chart/chart-theme.ts'
import { chartFigures, hoverTexts } from '../src/components/chart/describe-chart.ts'
import { renderChartToSvg } from '../src/components/chart/render-svg.ts'
import { figuresCsv } from '../src/components/panel/figure-rows.ts'
import { figureIndex } from '../src/domain/figures.ts'
import { embedTableRows } from '../src/embed/embed-data.ts'
import { renderEmbedIndexPage, renderEmbedPage, type TableRow } from '../src/embed/embed-page.ts'
import { embedCatalogue } from '../src/features/embed-code/snippet.ts'
import { downloadName } from '../src/lib/csv.ts'
import type { Locale } from '../src/lib/locale.ts'
import { readBundle } from './vite-plugin-static-api.ts'

/** Width the SVG is drawn at; the page scales it to the frame through its viewBox. */
const PRERENDER_WIDTH = 480
const LOCALES: readonly Locale[] = ['zh', 'en']
const THEMES = ['light', 'dark'] as const

type DownloadLink = { label: string; href: string; name: string }

function embedEntry(bundle: OutputBundle): OutputChunk {
  const chunk = Object.values(bundle).find(
    (item): item is OutputChunk => item.type === 'chunk' && item.isEntry && item.name === 'embed',
  )
  if (!chunk) throw new Error('the build has no "embed" entry (see vite.config.ts)')
  return chunk
}

/** Makes the SVG scale with its frame instead of keeping the prerender's pixel size. */
function responsive(svg: string): string {
  return svg.replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%"')
}

type Catalogue = typeof import('../src/catalogue/charts.ts')
type EmbedChart = Catalogue['EMBED_CHARTS'][number]
type Drawing = Awaited<ReturnType<EmbedChart['load']>>

/**
 * The chart catalogue, loaded through Vite's module runner rather than bundled with this config:
 * its panel loaders point at .tsx modules and style sheets, which the config bundler cannot take.
 */
async function loadCatalogue(mode: string): Promise<{ chart: EmbedChart; drawing: Drawing }[]> {
  const root = join(import.meta.dirname, '..')
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    mode,
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  })
  try {
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false })
    const { EMBED_CHARTS }: Catalogue = await runner.import(join(root, 'src/catalogue/charts.ts'))
    // Each chart's option builder and sentence load now, while the runner is open.
    return await Promise.all(
      EMBED_CHARTS.map(async (chart) => ({ chart, drawing: await chart.load() })),
    )
  } finally {
    await server.close()
  }
}

/**
 * Writes one static page per embeddable chart (embed/<id>.html) with the chart prerendered as SVG
 * in both languages and both themes, embed/index.html for `?chart=` addresses, and the catalogue
 * embeds.json. Set VITE_API_BASE_URL and the pages still work, but draw from the live API instead.
 */
export function embedPages(): Plugin {
  return {
    name: 'gk-embed-pages',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const charts = await loadCatalogue(this.environment.config.mode)
      const embedCharts = charts.map(({ chart }) => chart)
      const entry = embedEntry(bundle)
      const assets = {
        script: entry.fileName,
        styles: [...(entry.viteMetadata?.importedCss ?? [])],
        boot: 'embed/boot.js',
      }
      const [first] = readBundle()
      if (!first) throw new Error('data/reports/ holds no report to embed')
      const { report } = first
      for (const { chart, drawing } of charts) {
        const figures = figureIndex(report.metrics.filter((m) => m.category === chart.category))
        const { build } = drawing
        const variants = LOCALES.flatMap((locale) =>
          THEMES.map((theme) => {
            const option = build({ figures, locale, palette: CHART_PALETTES[theme] })
            return {
              locale,
              theme,
              svg: responsive(renderChartToSvg(option, PRERENDER_WIDTH, chart.height)),
              label: drawing.describe(figures, locale),
            }
          }),
        )
        const hover = {
          zh: hoverTexts(
            build({ figures, locale: 'zh', palette: CHART_PALETTES.light }),
            figures,
            'zh',
          ),
          en: hoverTexts(
            build({ figures, locale: 'en', palette: CHART_PALETTES.light }),
            figures,
            'en',
          ),
        }
        const table = { zh: [] as TableRow[], en: [] as TableRow[] }
        const downloads = { zh: [] as DownloadLink[], en: [] as DownloadLink[] }
        for (const locale of LOCALES) {
          const option = build({ figures, locale, palette: CHART_PALETTES.light })
          const drawn = chartFigures(option, figures)
          table[locale] = embedTableRows(option, figures, locale)
          const csv = `embed/data/${chart.id}-${locale}.csv`
          this.emitFile({
            type: 'asset',
            fileName: csv,
            source: figuresCsv(drawn, figures, locale),
          })
          downloads[locale].push({
            label: 'CSV',
            href: csv,
            name: downloadName([report.id, chart.id, locale], 'csv'),
          })
          for (const theme of THEMES) {
            const themed = build({ figures, locale, palette: CHART_PALETTES[theme] })
            const svg = `embed/data/${chart.id}-${locale}-${theme}.svg`
            this.emitFile({
              type: 'asset',
              fileName: svg,
              source: renderChartToSvg(themed, PRERENDER_WIDTH, chart.height),
            })
            downloads[locale].push({
              label: `SVG (${theme === 'light' ? (locale === 'zh' ? '浅色' : 'light') : locale === 'zh' ? '深色' : 'dark'})`,
              href: svg,
              name: downloadName([report.id, chart.id, locale, theme], 'svg'),
            })
          }
        }
        this.emitFile({
          type: 'asset',
          fileName: `embed/${chart.id}.html`,
          source: renderEmbedPage({ chart, report, variants, assets, hover, table, downloads }),
        })
      }
      this.emitFile({
        type: 'asset',
        fileName: 'embed/index.html',
        source: renderEmbedIndexPage(assets, embedCharts),
      })
      this.emitFile({
        type: 'asset',
        fileName: 'embeds.json',
        source: `${JSON.stringify(embedCatalogue(embedCharts), null, 2)}\n`,
      })
    },
  }
}
