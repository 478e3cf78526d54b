import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CHARTS, EMBED_CHARTS } from '#src/catalogue/charts.ts'
import { splitPanels } from '#src/catalogue/panel-rules.ts'
import { embedChartOf } from '#src/components/panel/chart-description.ts'
import { figureIndex } from '#src/domain/figures.ts'
import { embedCatalogue } from '#src/features/embed-code/snippet.ts'
import { getBundle } from '../../mocks/bundle.ts'
import { findPanel, renderApp } from '../app/render-app.tsx'
import { stubDialogMethods } from '../features/embed-code/browser-stubs.ts'

stubDialogMethods()

const reports = getBundle().map((entry) => entry.report)

/** The bundled report that shows the panel, and its figures of the panel's category. */
function reportShowing(id: string) {
  const report = reports.find((candidate) =>
    splitPanels(
      new Set(candidate.metrics.map((metric) => metric.id)),
      candidate.meta.tableFormat,
    ).present.some((panel) => panel.id === id),
  )
  if (!report) throw new Error(`no bundled report shows the panel ${id}`)
  return report
}

describe('the chart catalogue', () => {
  it('gives every panel a unique id, and every embeddable chart a unique id', () => {
    expect(new Set(CHARTS.map((panel) => panel.id)).size).toBe(CHARTS.length)
    expect(new Set(EMBED_CHARTS.map((chart) => chart.id)).size).toBe(EMBED_CHARTS.length)
  })

  it('lists every embeddable chart in embeds.json, in catalogue order', () => {
    expect(embedCatalogue(EMBED_CHARTS).charts.map((chart) => chart.id)).toEqual(
      CHARTS.flatMap((panel) => embedChartOf(panel)?.id ?? []),
    )
  })

  it('draws every panel on the dashboard of a bundled report that has its figures', async () => {
    for (const report of reports) {
      const shown = CHARTS.filter((panel) => reportShowing(panel.id) === report)
      const view = renderApp(`/?report=${report.id}`)
      for (const panel of shown) {
        expect(await findPanel(panel.title.zh)).toBeInTheDocument()
      }
      view.unmount()
    }
  })

  it('gives a chart the same title, height and sentence on the dashboard and in its embed', async () => {
    const { user } = renderApp('/')
    for (const panel of CHARTS) {
      const chart = embedChartOf(panel)
      if (!chart) continue
      const report = reportShowing(panel.id)
      const figures = figureIndex(
        report.metrics.filter((metric) => metric.category === chart.category),
      )
      const drawing = await chart.load()
      const region = await findPanel(panel.title.zh)
      const img = await within(region).findByRole('img', {
        name: drawing.describe(figures, 'zh'),
      })
      expect(img).toHaveStyle({ height: `${chart.height}px` })
      // The embed action offers this chart, under the same title.
      await user.click(within(region).getByRole('button', { name: `嵌入图表“${chart.title.zh}”` }))
      const dialog = screen.getByRole('dialog')
      expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(chart.title.zh)
      await user.keyboard('{Escape}')
    }
  })
})
