import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { withPreferences } from '#src/components/chart/chart-preferences.ts'
import { renderApp } from '../app/render-app.tsx'

describe('chart preferences', () => {
  const option = { animation: true, series: [{ type: 'bar' as const, data: [1] }] }

  it('turns animation off when the reader prefers reduced motion', () => {
    expect(withPreferences(option, { patterns: false, reducedMotion: true }).animation).toBe(false)
    expect(withPreferences(option, { patterns: false, reducedMotion: false }).animation).toBe(true)
  })

  it('adds decal patterns on request, keeping the chart host’s own accessible name', () => {
    expect(withPreferences(option, { patterns: true, reducedMotion: false }).aria).toEqual({
      enabled: true,
      label: { enabled: false },
      decal: { show: true },
    })
  })

  it('offers a patterns toggle that is kept in the URL and drawn on the charts', async () => {
    const { user } = renderApp('/?cat=proactive')
    const toggle = await screen.findByRole('button', { name: '图案填充' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(window.location.search).toBe('?cat=proactive&patterns=1')
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const chart = await screen.findByRole('img', { name: /政府网站公开政府信息数 252 条/ })
    // ECharts draws a decal as an SVG pattern fill.
    await waitFor(() => expect(chart.querySelector('pattern')).not.toBeNull())
  })
})
