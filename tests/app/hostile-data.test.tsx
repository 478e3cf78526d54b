import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { badNumbersReport, hostileReport, PAYLOADS } from '../fixtures/hostile-report.ts'
import { renderApp } from './render-app.tsx'

declare global {
  interface Window {
    __pwned?: number
  }
}

/** Serves `report` from every endpoint that derives from it. */
function serve(report: Record<string, unknown>) {
  const metrics = report.metrics as Array<{ category: string }>
  server.use(
    http.get('*/api/reports/:reportId/metrics/:file', ({ params }) => {
      const category = String(params.file).replace(/\.json$/, '')
      return HttpResponse.json({
        reportId: report.id,
        category,
        metrics: metrics.filter((metric) => metric.category === category),
      })
    }),
    http.get('*/api/reports/:file', () => HttpResponse.json(report)),
  )
}

afterEach(() => {
  delete window.__pwned
})

describe('a dataset full of HTML and script', () => {
  it('shows every string as text: no element, no script, no link is made from data', async () => {
    serve(hostileReport())
    renderApp('/?cat=proactive,organisation')
    const headlines = await screen.findByRole('region', { name: '核心指标' })
    await within(headlines).findAllByRole('figure')
    const shown = headlines.textContent ?? ''
    expect(PAYLOADS.filter((payload) => shown.includes(payload)).length).toBeGreaterThan(0)
    await screen.findAllByRole('img')
    expect(document.querySelectorAll('img, script, iframe, [onerror], [onload]')).toHaveLength(0)
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs.filter((href) => href.toLowerCase().startsWith('javascript:'))).toEqual([])
    expect(window.__pwned).toBeUndefined()
  })
})

describe('a dataset with bad numbers', () => {
  it('rejects it with the field, the figure and the reason, instead of drawing wrong figures', async () => {
    serve(badNumbersReport())
    renderApp('/?cat=proactive')
    const alerts = await screen.findAllByRole('alert')
    const text = alerts.map((alert) => alert.textContent).join('\n')
    expect(text).toContain('(proactive.channel.weibo): Too small: expected number to be >=0')
    expect(text).toContain(
      '(proactive.channel.wechat): Invalid input: expected number, received string',
    )
    expect(screen.queryByText('-1356')).not.toBeInTheDocument()
  })
})
