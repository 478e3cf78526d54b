import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

/** public/embed.js, the script portal pages include once, run in this jsdom window. */
const HOST_SCRIPT = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8')

const SITE = 'http://localhost:3000'
const FALLBACK = '450px'

beforeAll(() => {
  new Function(HOST_SCRIPT)()
  // A portal that includes the script twice still gets one listener.
  new Function(HOST_SCRIPT)()
})

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove()
})

function frame(src: string, { embed = true } = {}) {
  const iframe = document.createElement('iframe')
  iframe.src = src
  if (embed) iframe.setAttribute('data-gk-embed', '')
  iframe.style.height = FALLBACK
  document.body.append(iframe)
  if (!iframe.contentWindow) throw new Error('jsdom gave the frame no window')
  return iframe
}

function post(data: unknown, from: Window | null, origin = SITE) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: from }))
}

const resize = (height: unknown, chart: unknown = 'channel-split') => ({
  type: 'gk-embed:resize',
  chart,
  height,
})

describe('the host script (public/embed.js)', () => {
  it('sets the height an embed frame reports, from the frame’s window and origin', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    post(resize(512), chart.contentWindow)
    expect(chart.style.height).toBe('512px')
    post(resize(380.2), chart.contentWindow)
    expect(chart.style.height).toBe('381px')
  })

  it('accepts a frame whose address carries parameters or is relative to the page', () => {
    const english = frame(`${SITE}/embed/channel-split.html?lang=en&theme=dark`)
    const relative = frame('embed/hotline.html?title=0')
    post(resize(400), english.contentWindow)
    post(resize(300, 'hotline'), relative.contentWindow)
    expect(english.style.height).toBe('400px')
    expect(relative.style.height).toBe('300px')
  })

  it('sizes only the frame the message came from, when a chart is embedded twice', () => {
    const first = frame(`${SITE}/embed/channel-split.html`)
    const second = frame(`${SITE}/embed/channel-split.html?lang=en`)
    post(resize(600), second.contentWindow)
    expect(second.style.height).toBe('600px')
    expect(first.style.height).toBe(FALLBACK)
  })

  it('ignores a message from a window that is not one of its embed frames', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    const foreign = frame(`${SITE}/embed/channel-split.html`, { embed: false })
    post(resize(999), window)
    post(resize(999), foreign.contentWindow)
    post(resize(999), null)
    expect(chart.style.height).toBe(FALLBACK)
    expect(foreign.style.height).toBe(FALLBACK)
  })

  it('ignores a message from the right frame with another origin', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    for (const origin of ['http://localhost:3001', 'https://localhost:3000', 'null', ''])
      post(resize(999), chart.contentWindow, origin)
    expect(chart.style.height).toBe(FALLBACK)
  })

  it('ignores a message naming another chart than the frame shows', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    const hotline = frame(`${SITE}/embed/hotline.html`)
    post(resize(999, 'hotline'), chart.contentWindow)
    post(resize(999, 'channel-split'), hotline.contentWindow)
    post(resize(999, 42), chart.contentWindow)
    post(resize(999, null), chart.contentWindow)
    expect(chart.style.height).toBe(FALLBACK)
    expect(hotline.style.height).toBe(FALLBACK)
  })

  it('ignores a height that is not a positive number of a sensible size', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    for (const height of [
      '999',
      '999px',
      null,
      undefined,
      Number.NaN,
      Infinity,
      -999,
      0,
      5001,
      1e9,
    ])
      post(resize(height), chart.contentWindow)
    expect(chart.style.height).toBe(FALLBACK)
  })

  it('ignores data that is not a resize message object', () => {
    const chart = frame(`${SITE}/embed/channel-split.html`)
    for (const data of [
      'gk-embed:resize',
      JSON.stringify(resize(999)),
      999,
      null,
      undefined,
      true,
      [resize(999)],
      { ...resize(999), type: 'gk-embed:other' },
      { chart: 'channel-split', height: 999 },
    ])
      post(data, chart.contentWindow)
    expect(chart.style.height).toBe(FALLBACK)
  })

  it('ignores frames that do not point at an embed page', () => {
    const dashboard = frame(`${SITE}/index.html`)
    post(resize(999, 'index'), dashboard.contentWindow)
    expect(dashboard.style.height).toBe(FALLBACK)
  })
})
