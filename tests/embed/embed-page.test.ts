import { describe, expect, it } from 'vitest'
import { EMBED_CHARTS, findEmbedChart } from '#src/catalogue/charts.ts'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { hoverTexts } from '#src/components/chart/describe-chart.ts'
import { renderChartToSvg } from '#src/components/chart/render-svg.ts'
import { figureIndex } from '#src/domain/figures.ts'
import { embedTableRows } from '#src/embed/embed-data.ts'
import { renderEmbedPage } from '#src/embed/embed-page.ts'
import { loadReport } from '../fixtures/report.ts'

const report = loadReport()
const figuresOf = (category: string) =>
  figureIndex(report.metrics.filter((metric) => metric.category === category))

async function page(id: string, mutate?: (figures: ReturnType<typeof figuresOf>) => void) {
  const chart = findEmbedChart(id)
  if (!chart) throw new Error(`no chart ${id}`)
  const figures = figuresOf(chart.category)
  mutate?.(figures)
  const { build, describe } = await chart.load()
  const variants = (['zh', 'en'] as const).flatMap((locale) =>
    (['light', 'dark'] as const).map((theme) => {
      const option = build({ figures, locale, palette: CHART_PALETTES[theme] })
      return {
        locale,
        theme,
        svg: renderChartToSvg(option, 480, chart.height),
        label: describe(figures, locale),
      }
    }),
  )
  const option = build({ figures, locale: 'zh', palette: CHART_PALETTES.light })
  const hover = { zh: hoverTexts(option, figures, 'zh'), en: hoverTexts(option, figures, 'en') }
  const assets = { script: 'assets/embed.js', styles: ['assets/embed.css'], boot: 'embed/boot.js' }
  const table = {
    zh: embedTableRows(option, figures, 'zh'),
    en: embedTableRows(
      build({ figures, locale: 'en', palette: CHART_PALETTES.light }),
      figures,
      'en',
    ),
  }
  const downloads = {
    zh: [{ label: 'CSV', href: `embed/data/${id}-zh.csv`, name: `${id}-zh.csv` }],
    en: [{ label: 'CSV', href: `embed/data/${id}-en.csv`, name: `${id}-en.csv` }],
  }
  return new DOMParser().parseFromString(
    renderEmbedPage({ chart, report, variants, assets, hover, table, downloads }),
    'text/html',
  )
}

describe('an embed page', () => {
  it('holds the chart prerendered in both languages and both themes, drawn from the report', async () => {
    const doc = await page('channel-split')
    const variants = [...doc.querySelectorAll('.prerendered')]
    expect(variants.map((v) => v.className)).toEqual([
      'prerendered v-zh t-light',
      'prerendered v-zh t-dark',
      'prerendered v-en t-light',
      'prerendered v-en t-dark',
    ])
    expect(variants[0]?.querySelector('svg')?.textContent).toContain('1356 · 54.8%')
    expect(variants[2]?.querySelector('svg')?.textContent).toContain('1,356 · 54.8%')
  })

  it('names each chart image from the data in its language, as the dashboard does', async () => {
    const doc = await page('hotline')
    const [zh, , en] = [...doc.querySelectorAll('.prerendered')]
    expect(zh?.getAttribute('aria-label')).toBe(
      '柱状图：12345热线受理诉求 811 件；12345热线已结案 811 件。',
    )
    expect(en?.getAttribute('aria-label')).toMatch(/^Bar chart: .*811 cases; .*811 cases\.$/)
  })

  it('carries a title, the source line and a link to the dashboard filtered to its category', async () => {
    const doc = await page('traffic-platform')
    expect(doc.querySelector('h1')?.textContent).toBe(
      '交通安全综合服务管理平台Traffic safety service platform',
    )
    expect(doc.querySelector('.embed-source')?.textContent).toContain(
      '吴忠市公安局2018年度政务公开年度报告',
    )
    expect(doc.querySelector('.embed-dashboard')?.getAttribute('href')).toBe(
      'index.html?cat=online-services',
    )
    expect(doc.querySelector('base')?.getAttribute('href')).toBe('../')
  })

  it('keeps hover text per drawn element for echarts/ssr/client', async () => {
    const doc = await page('proposals')
    const hover = JSON.parse(doc.getElementById('embed-hover')?.textContent ?? '{}')
    expect(hover.zh['0:0']).toBe('市人大建议: 3 件')
    expect(hover.en['0:1']).toMatch(/10 cases$/)
  })

  it('renders hostile labels as text, never as markup or script', async () => {
    const doc = await page('channel-split', (figures) => {
      const weibo = figures.get('proactive.channel.weibo')
      if (!weibo) throw new Error('missing weibo')
      const label = { zh: '<img src=x onerror=alert(1)></script>', en: '</script><b>x</b>' }
      figures.set(weibo.id, { ...weibo, label })
    })
    expect(doc.querySelectorAll('img, b').length).toBe(0)
    expect(doc.querySelectorAll('script').length).toBe(3)
    expect(doc.querySelector('.prerendered')?.getAttribute('aria-label')).toContain(
      '<img src=x onerror=alert(1)></script>',
    )
    const hover = JSON.parse(doc.getElementById('embed-hover')?.textContent ?? '{}')
    expect(hover.en['0:1']).toContain('</script><b>x</b>')
  })

  it('exists for every chart of the registry', async () => {
    for (const chart of EMBED_CHARTS) {
      const doc = await page(chart.id)
      expect(doc.documentElement.dataset.chart, chart.id).toBe(chart.id)
      expect(doc.querySelectorAll('.prerendered svg').length, chart.id).toBe(4)
    }
  })

  it('holds the figures as a table with their sources, and static downloads, before any script', async () => {
    const doc = await page('hotline')
    const zh = doc.querySelector('.embed-data .v-zh table')
    expect(zh?.querySelector('tbody tr')?.textContent).toMatch(
      /^12345热线受理诉求811 件第六部分 · 第45行“12345”便民服务热线共受理各类诉求811件/,
    )
    const link = doc.querySelector<HTMLAnchorElement>('.embed-data .v-en a[download]')
    expect(link?.getAttribute('href')).toBe('embed/data/hotline-en.csv')
  })
})
