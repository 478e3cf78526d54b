import { hydrate } from '@tanstack/react-query'
import { act, within } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '#src/api/query-client.ts'
import { optionKey } from '#src/components/chart/chart-prerender.ts'
import { staticApiFiles } from '#src/contract/api-responses.ts'
import { CATEGORIES } from '#src/domain/report-schema.ts'
import { DashboardRoot } from '#src/prerender/dashboard-root.tsx'
import {
  bootScript,
  isPrerenderedView,
  PRERENDER_ATTRIBUTE,
  PRERENDER_STATE_ID,
} from '#src/prerender/prerender-view.ts'
import { prerenderDashboard } from '#src/prerender/render-dashboard.tsx'
import { getBundle } from '../../mocks/bundle.ts'
import { withPrerender } from '../../scripts/vite-plugin-prerender-html.ts'
import { hostileReport, PAYLOADS } from '../fixtures/hostile-report.ts'

/** The API's responses as the build writes them under api/. */
const api = new Map(
  [...staticApiFiles(getBundle())].map(([path, body]) => [path, JSON.stringify(body)]),
)

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.replaceChildren()
  document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE)
})

/** The build's prerender of `/`, parsed into a container (in the page when `attached`). */
async function prerenderedPage(attached = true) {
  window.history.replaceState(null, '', '/')
  const page = await prerenderDashboard(api)
  const container = document.createElement('div')
  container.innerHTML = page.html
  if (attached) document.body.append(container)
  return { page, container }
}

describe('the prerendered dashboard (build time)', () => {
  it('renders the default view with every chart as SVG in both palettes', async () => {
    const { page, container } = await prerenderedPage(false)
    const hosts = [...container.querySelectorAll('.chart-host')]
    expect(hosts.length).toBe(page.charts)
    expect(page.charts).toBeGreaterThanOrEqual(9)
    for (const host of hosts) {
      const light = host.querySelectorAll(':scope > svg.prerender-light')
      const dark = host.querySelectorAll(':scope > svg.prerender-dark')
      expect(light).toHaveLength(1)
      expect(dark).toHaveLength(1)
      // Each carries the key of the option it was drawn from: the palettes differ.
      const keys = [light[0], dark[0]].map((svg) => svg?.getAttribute('data-option-key'))
      expect(keys[0]).toMatch(/^[0-9a-f]{8}$/)
      expect(keys[1]).toMatch(/^[0-9a-f]{8}$/)
      expect(keys[0]).not.toBe(keys[1])
      expect(host.getAttribute('aria-label')).not.toBe('')
    }
    const texts = [...container.querySelectorAll('.chart-host > svg.prerender-light text')].map(
      (text) => text.textContent,
    )
    expect(texts).toContain('1356 · 54.8%')
    expect(texts).toContain('注册用户  10995 人')
    expect(container.textContent).toContain('吴忠市公安局')
    // The page's own URL is left as it was.
    expect(window.location.pathname + window.location.search).toBe('/')
    // The browser gets the query cache as JSON: it must survive the trip unchanged.
    expect(JSON.parse(JSON.stringify(page.state))).toEqual(page.state)
  })

  it('hydrates in the browser without a mismatch, keeping the prerendered nodes', async () => {
    const { page, container } = await prerenderedPage()
    const heading = container.querySelector('h1')
    const firstChart = container.querySelector('.chart-host > svg')
    const queryClient = createQueryClient()
    hydrate(queryClient, JSON.parse(JSON.stringify(page.state)))
    const recoverable = vi.fn()
    const errors = vi.spyOn(console, 'error')
    await act(async () => {
      root = hydrateRoot(container, <DashboardRoot queryClient={queryClient} />, {
        onRecoverableError: recoverable,
      })
    })
    expect(recoverable).not.toHaveBeenCalled()
    // Only here do the server and the browser renderer share one JavaScript realm; React's
    // development build says so about the providers both rendered. Anything else is a failure.
    const twoRenderers = /multiple renderers concurrently rendering the same context provider/
    const logged = errors.mock.calls
      .map((call) => String(call[0]))
      .filter((m) => !twoRenderers.test(m))
    expect(logged).toEqual([])
    errors.mockRestore()
    expect(container.querySelector('h1')).toBe(heading)
    // Each box keeps its prerendered chart, shown as drawn, until the reader reaches for it.
    expect(container.contains(firstChart)).toBe(true)
    const hosts = [...container.querySelectorAll('.chart-host')]
    expect(hosts).toHaveLength(page.charts)
    for (const host of hosts) expect(host).toHaveAttribute('data-drawn', 'true')
    expect(container.querySelectorAll('[data-live]')).toHaveLength(0)
  })
})

describe('a click on a prerendered chart', () => {
  it('selects the item it landed on, from the SVG’s own metadata, without waiting for ECharts', async () => {
    const { page, container } = await prerenderedPage()
    const queryClient = createQueryClient()
    hydrate(queryClient, JSON.parse(JSON.stringify(page.state)))
    // The two-renderers notice of this shared realm (see above) is not under test here.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    await act(async () => {
      root = hydrateRoot(container, <DashboardRoot queryClient={queryClient} />)
    })
    errors.mockRestore()
    const panel = within(container).getByRole('region', { name: '人大建议和政协提案' })
    // The second slice of the donut, as the prerendered (light) SVG draws it: 10 CPPCC proposals.
    const slice = panel.querySelector('.chart-host > svg.prerender-light [ecmeta_data_index="1"]')
    if (!slice) throw new Error('the prerendered donut has no second slice')
    act(() => {
      slice.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    })
    const selected = panel.querySelector('.selected-figure')
    expect(selected).toHaveTextContent('市政协提案: 10')
    expect(selected).toHaveTextContent('市政协提案10件')
  })
})

describe('which URL the prerender is for', () => {
  it('is the default view only: no parameter, or lang=zh', () => {
    expect(isPrerenderedView('')).toBe(true)
    expect(isPrerenderedView('?lang=zh')).toBe(true)
    for (const search of [
      '?lang=en',
      '?cat=requests',
      '?theme=dark',
      '?theme=light',
      '?patterns=1',
      '?report=wuzhong-psb-2018',
      '?report=huaian-gov-2024',
      '?lang=zh&cat=proactive',
      '?utm_source=portal',
    ]) {
      expect(isPrerenderedView(search), search).toBe(false)
    }
  })

  it('writes a check script that marks the prerender stale before paint at any other URL', () => {
    const run = () => new Function(bootScript())()
    document.documentElement.setAttribute(PRERENDER_ATTRIBUTE, '')
    window.history.replaceState(null, '', '/?lang=zh')
    run()
    expect(document.documentElement.getAttribute(PRERENDER_ATTRIBUTE)).toBe('')
    window.history.replaceState(null, '', '/?lang=en')
    run()
    expect(document.documentElement.getAttribute(PRERENDER_ATTRIBUTE)).toBe('stale')
    // A page without a prerender is left alone.
    document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE)
    run()
    expect(document.documentElement.hasAttribute(PRERENDER_ATTRIBUTE)).toBe(false)
    window.history.replaceState(null, '', '/')
  })
})

describe('a hostile dataset in the build', () => {
  it('is prerendered as text, and its query cache cannot end its script element', async () => {
    const report = hostileReport()
    const metrics = report.metrics as Array<{ category: string }>
    const hostile = new Map(api)
    hostile.set('reports/wuzhong-psb-2018.json', JSON.stringify(report))
    for (const category of CATEGORIES) {
      const body = {
        reportId: report.id,
        category,
        metrics: metrics.filter((m) => m.category === category),
      }
      hostile.set(`reports/wuzhong-psb-2018/metrics/${category}.json`, JSON.stringify(body))
    }
    window.history.replaceState(null, '', '/')
    const page = await prerenderDashboard(hostile)
    const shell =
      '<!doctype html><html lang="zh-CN"><head><meta name="color-scheme" content="light dark" />' +
      '<script type="module" crossorigin src="./assets/main.js"></script></head>' +
      '<body><div id="root"></div></body></html>'
    const html = withPrerender(shell, page.html, page.state)
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    expect(parsed.querySelectorAll('img, iframe, [onerror], [onload]')).toHaveLength(0)
    // Two JSON scripts and the boot script: no payload made a script of its own.
    expect([...parsed.scripts].map((script) => script.type || script.getAttribute('src'))).toEqual([
      'application/json',
      './prerender-boot.js',
      'application/json',
    ])
    const state = parsed.getElementById(PRERENDER_STATE_ID)?.textContent ?? ''
    expect(JSON.parse(state)).toEqual(JSON.parse(JSON.stringify(page.state)))
    expect(parsed.getElementById('root')?.textContent).toContain(PAYLOADS[0])
  })
})

describe('the key of what a chart draws', () => {
  it('ignores animation and functions, and tells data and colours apart', () => {
    const series = [{ type: 'pie' as const, data: [{ name: '微博', value: 1356 }] }]
    const base = optionKey({ series, color: ['#1f5fbf'] })
    expect(
      optionKey({ series, color: ['#1f5fbf'], animation: false, animationDuration: 300 }),
    ).toBe(base)
    expect(optionKey({ series, color: ['#1f5fbf'], tooltip: { formatter: () => 'x' } })).toBe(
      optionKey({ series, color: ['#1f5fbf'], tooltip: {} }),
    )
    expect(optionKey({ series, color: ['#6ea8ff'] })).not.toBe(base)
    expect(
      optionKey({
        series: [{ type: 'pie', data: [{ name: '微博', value: 1357 }] }],
        color: ['#1f5fbf'],
      }),
    ).not.toBe(base)
  })
})
