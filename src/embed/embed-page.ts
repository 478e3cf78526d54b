import type { EmbedChart } from '#src/components/panel/chart-description.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { escapeHtml } from '#src/lib/escape-html.ts'
import { LANGUAGE_TAG, type Locale } from '#src/lib/locale.ts'
import { embedText } from './embed-text.ts'

export type PrerenderedVariant = {
  locale: Locale
  theme: 'light' | 'dark'
  /** SVG markup produced by ECharts' server-side renderer. */
  svg: string
  /** Accessible description written from the data. */
  label: string
}

export type TableRow = { label: string; value: string; note: string; source: string; quote: string }

export type EmbedPageInput = {
  chart: EmbedChart
  report: Report
  variants: readonly PrerenderedVariant[]
  /** Asset URLs relative to the site root (the page sets <base href="../">). */
  assets: { script: string; styles: readonly string[]; boot: string }
  /** Hover text for `echarts/ssr/client`: per locale, keyed "seriesIndex:dataIndex". */
  hover: Record<Locale, Record<string, string>>
  /** The chart's figures as a table, per locale, with their sources. */
  table: Record<Locale, readonly TableRow[]>
  /** Files next to the page, relative to the site root, with the names they download as. */
  downloads: Record<Locale, readonly { label: string; href: string; name: string }[]>
}

const LOCALES: readonly Locale[] = ['zh', 'en']

/** Text in both languages; CSS shows the active one (`html[data-lang]`, set before first paint). */
function both(text: Record<Locale, string>, tag = 'span') {
  return LOCALES.map(
    (locale) =>
      `<${tag} class="v-${locale}" lang="${LANGUAGE_TAG[locale]}">${escapeHtml(text[locale])}</${tag}>`,
  ).join('')
}

/**
 * The static page of one embeddable chart: its title, the chart prerendered as SVG in each
 * language and theme (visible before any script runs), the source line and a link to the
 * dashboard. Every string from data is escaped; the SVG comes from ECharts' renderer.
 */
export function renderEmbedPage({
  chart,
  report,
  variants,
  assets,
  hover,
  table,
  downloads,
}: EmbedPageInput): string {
  const { meta } = report
  const title = `${chart.title.zh} · ${meta.agency.zh} ${meta.year}`
  const source: Record<Locale, string> = {
    zh: `${embedText('source', 'zh')}：${meta.title.zh}（${meta.agency.zh}，${meta.filedOn ?? meta.year}）`,
    en: `${embedText('source', 'en')}: ${meta.title.en} (${meta.agency.en}, ${meta.filedOn ?? meta.year})`,
  }
  const dashboard = `index.html?cat=${encodeURIComponent(chart.category)}`
  const figures = variants
    .map(
      (variant) =>
        `<div class="prerendered v-${variant.locale} t-${variant.theme}" role="img" lang="${
          LANGUAGE_TAG[variant.locale]
        }" aria-label="${escapeHtml(variant.label)}">${variant.svg}</div>`,
    )
    .join('\n')
  const hoverJson = JSON.stringify(hover).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="zh-CN" data-chart="${escapeHtml(chart.id)}" data-report="${escapeHtml(report.id)}">
<head>
<meta charset="utf-8">
<base href="../">
<link rel="icon" type="image/svg+xml" href="favicon.svg">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
${assets.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<script src="${escapeHtml(assets.boot)}"></script>
<script type="module" src="${escapeHtml(assets.script)}"></script>
</head>
<body>
<main class="embed">
<h1 class="embed-title">${both(chart.title)}</h1>
<p class="embed-message" role="alert" hidden></p>
<figure class="embed-chart" data-category="${escapeHtml(chart.category)}" tabindex="0">
${figures}
</figure>
<p class="embed-tooltip" role="status" hidden></p>
<p class="embed-source">${both(source)}${reportLink(meta.sourceUrl)}</p>
${dataDetails(table, downloads)}
<p class="embed-links"><a class="embed-dashboard" href="${escapeHtml(dashboard)}" target="_blank" rel="noopener">${both({ zh: embedText('openDashboard', 'zh'), en: embedText('openDashboard', 'en') })}</a></p>
</main>
<script type="application/json" id="embed-hover">${hoverJson}</script>
</body>
</html>
`
}

/**
 * embed/index.html: answers `embed/?chart=<id>` addresses, forwarding to the chart's page or
 * saying, inside the frame, which charts exist.
 */
export function renderEmbedIndexPage(
  assets: EmbedPageInput['assets'],
  charts: readonly EmbedChart[],
): string {
  const ids = charts.map((chart) => chart.id).join(' ')
  return `<!doctype html>
<html lang="zh-CN" data-charts="${escapeHtml(ids)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<base href="../">
<link rel="icon" type="image/svg+xml" href="favicon.svg">
<title>嵌入图表 · Embedded chart</title>
${assets.styles.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<script src="${escapeHtml(assets.boot)}"></script>
<script type="module" src="${escapeHtml(assets.script)}"></script>
</head>
<body>
<main class="embed">
<p class="embed-message" role="alert" hidden></p>
</main>
</body>
</html>
`
}

const TABLE_HEAD: Record<Locale, string[]> = {
  zh: ['指标', '数值', '说明', '来源'],
  en: ['Indicator', 'Figure', 'Note', 'Source'],
}

/** The figures and downloads, static: readable and saveable before any script runs. */
function dataDetails(
  table: EmbedPageInput['table'],
  downloads: EmbedPageInput['downloads'],
): string {
  const body = LOCALES.map((locale) => {
    const head = TABLE_HEAD[locale]
      .map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`)
      .join('')
    const rows = table[locale]
      .map(
        (row) =>
          `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td><td>${escapeHtml(
            row.note,
          )}</td><td>${escapeHtml(row.source)}<q lang="zh-CN">${escapeHtml(row.quote)}</q></td></tr>`,
      )
      .join('')
    const links = downloads[locale]
      .map(
        (file) =>
          `<a href="${escapeHtml(file.href)}" download="${escapeHtml(file.name)}">${escapeHtml(file.label)}</a>`,
      )
      .join(' ')
    return `<div class="v-${locale}" lang="${LANGUAGE_TAG[locale]}"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table><p class="embed-downloads">${escapeHtml(
      embedText('download', locale),
    )}: ${links}</p></div>`
  }).join('')
  return `<details class="embed-data"><summary>${both({
    zh: embedText('dataTable', 'zh'),
    en: embedText('dataTable', 'en'),
  })}</summary>${body}</details>`
}

/** The report's own address, when the report states one. */
function reportLink(sourceUrl: string | null): string {
  if (!sourceUrl) return ''
  return ` <a class="embed-report" href="${escapeHtml(sourceUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(new URL(sourceUrl).host)}</a>`
}
