import { describe, expect, it } from 'vitest'
import { EMBED_CHARTS, findEmbedChart } from '#src/catalogue/charts.ts'
import { embedCatalogue, embedSnippet } from '#src/features/embed-code/snippet.ts'

const chart = findEmbedChart('channel-split')
if (!chart) throw new Error('no channel-split chart')

describe('the embed snippet', () => {
  it('points a sized frame at the chart’s page and loads the host script once', () => {
    const snippet = embedSnippet(chart, 'https://www.example.gov.cn/gk/2018/', {
      locale: 'zh',
      theme: 'system',
    })
    expect(snippet).toBe(
      [
        '<iframe src="https://www.example.gov.cn/gk/2018/embed/channel-split.html" title="主动公开渠道分布" data-gk-embed',
        '  width="100%" height="430" style="border:0;max-width:100%" loading="lazy"></iframe>',
        '<script src="https://www.example.gov.cn/gk/2018/embed.js" async></script>',
      ].join('\n'),
    )
  })

  it('carries language, theme and title choices as parameters', () => {
    const snippet = embedSnippet(chart, 'https://example.org/gk', {
      locale: 'en',
      theme: 'dark',
      title: false,
    })
    expect(snippet).toContain(
      'src="https://example.org/gk/embed/channel-split.html?lang=en&amp;theme=dark&amp;title=0"',
    )
    expect(snippet).toContain('title="Proactive disclosure by channel"')
  })
})

describe('embeds.json', () => {
  it('lists every embeddable chart with both titles and its URL relative to the site root', () => {
    const catalogue = embedCatalogue(EMBED_CHARTS)
    expect(catalogue.hostScript).toBe('embed.js')
    expect(catalogue.charts.map((entry) => entry.id)).toEqual(EMBED_CHARTS.map((c) => c.id))
    expect(catalogue.charts[0]).toEqual({
      id: 'channel-split',
      category: 'proactive',
      title: { zh: '主动公开渠道分布', en: 'Proactive disclosure by channel' },
      url: 'embed/channel-split.html',
      height: 430,
    })
  })
})
