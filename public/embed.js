// Host script for portal pages: include once; it sizes every <iframe data-gk-embed> to the height
// its embed page reports. It acts only on messages from its own frames, from the frame's origin,
// in the documented shape { type: 'gk-embed:resize', chart, height }, and only sets a height.
;(() => {
  if (window.__gkEmbedHost) return
  window.__gkEmbedHost = true
  const MAX_HEIGHT = 5000

  function chartOf(frame) {
    try {
      const url = new URL(frame.src, document.baseURI)
      const match = /\/embed\/([a-z0-9-]+)\.html$/.exec(url.pathname)
      if (match && match[1] !== 'index') return { origin: url.origin, chart: match[1] }
      // embed/?chart=<id> and embed/index.html?chart=<id> forward to the chart's page.
      const chart = url.searchParams.get('chart')
      if (/\/embed\/(index\.html)?$/.test(url.pathname) && chart)
        return { origin: url.origin, chart }
      return null
    } catch {
      return null
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data
    if (!data || typeof data !== 'object' || data.type !== 'gk-embed:resize') return
    if (typeof data.chart !== 'string' || typeof data.height !== 'number') return
    if (!Number.isFinite(data.height) || data.height <= 0 || data.height > MAX_HEIGHT) return
    for (const frame of document.querySelectorAll('iframe[data-gk-embed]')) {
      if (frame.contentWindow !== event.source) continue
      const expected = chartOf(frame)
      if (!expected || expected.origin !== event.origin || expected.chart !== data.chart) return
      frame.style.height = `${Math.ceil(data.height)}px`
      return
    }
  })
})()
