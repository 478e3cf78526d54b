import type { EmbedChart } from '#src/components/panel/chart-description.ts'
import { escapeHtml } from '#src/lib/escape-html.ts'
import type { Locale } from '#src/lib/locale.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'

/** Room for the title and the source line around the chart, in px. */
const FRAME_CHROME = 130

/** The frame height before the host script sizes it (and for pages without the script). */
export const frameHeight = (chart: EmbedChart) => chart.height + FRAME_CHROME

/** The embed page of a chart, relative to the site root. */
export function embedPath(
  chart: EmbedChart,
  params: { locale: Locale; theme: ThemeChoice; title?: boolean },
) {
  const query = new URLSearchParams()
  if (params.locale !== 'zh') query.set('lang', params.locale)
  if (params.theme !== 'system') query.set('theme', params.theme)
  if (params.title === false) query.set('title', '0')
  const search = query.toString()
  return `embed/${chart.id}.html${search ? `?${search}` : ''}`
}

/** The HTML a portal pastes: the frame, and the host script that sizes every frame on the page. */
export function embedSnippet(
  chart: EmbedChart,
  siteRoot: string,
  params: { locale: Locale; theme: ThemeChoice; title?: boolean },
): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`
  const src = new URL(embedPath(chart, params), root).href
  const title = chart.title[params.locale]
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" data-gk-embed`,
    `  width="100%" height="${frameHeight(chart)}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(new URL('embed.js', root).href)}" async></script>`,
  ].join('\n')
}

/** embeds.json: every embeddable chart, for portals and tools. */
export function embedCatalogue(charts: readonly EmbedChart[]) {
  return {
    version: 1,
    hostScript: 'embed.js',
    charts: charts.map((chart) => ({
      id: chart.id,
      category: chart.category,
      title: chart.title,
      url: `embed/${chart.id}.html`,
      height: frameHeight(chart),
    })),
  }
}
