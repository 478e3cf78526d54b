import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  REVIEW_OUTCOMES_PANEL_IDS,
  ReviewOutcomesPanel,
} from '#src/features/review-outcomes/review-outcomes-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { clickBar, waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { figureRow, findSelectedFigure } from '../../fixtures/render-panel.tsx'
import { loadReport } from '../../fixtures/report.ts'
import {
  huaianReport,
  renderHuaianPanel,
  serveHuaianChanged,
} from '../applications-table/huaian.tsx'

const TITLE = '行政复议和行政诉讼结果'
const NONE = '本年度未发生因政府信息公开引起的行政复议和行政诉讼'

describe('the review and litigation outcomes panel', () => {
  it('charts the outcomes of each body and states the totals', async () => {
    renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', {
      name: /^分组条形图：行政复议（总计 351 件）：结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；/,
    })
    await waitForSvg(chart)
    expect(figureRow(panel, '行政复议：总计')).toHaveTextContent('351 件')
    expect(figureRow(panel, '行政诉讼（未经复议直接起诉）：总计')).toHaveTextContent('26 件')
    expect(figureRow(panel, '行政诉讼（复议后起诉）：总计')).toHaveTextContent('20 件')
    expect(within(panel).queryByText(NONE)).toBeNull()
  })

  it('lists the 12 outcomes in the table view, outcome by outcome as the series run', async () => {
    const { user } = renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(
      ['72', '13', '12', '64', '4', '1', '178', '8', '1', '37', '1', '6'].map((n) => `${n} 件`),
    )
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '#L223')
  })

  it('shows the report’s line for a clicked bar', async () => {
    const { user } = renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /其他结果 178 件/ })
    // The widest bar is 行政复议's 其他结果.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => b.width - a.width)[0])
    const box = await findSelectedFigure(panel, '行政复议：其他结果')
    expect(box).toHaveTextContent('行政复议：其他结果: 178 件')
    expect(within(box).getByRole('link')).toHaveTextContent('第223行')
  })

  it('says in words that there were none when every total is 0', async () => {
    const zero = Object.fromEntries(
      huaianReport()
        .metrics.filter((metric) => metric.category === 'review-litigation')
        .map((metric) => [metric.id, 0]),
    )
    server.use(serveHuaianChanged('review-litigation', zero))
    renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByText(NONE)).toBeInTheDocument()
    expect(within(panel).queryByRole('img')).toBeNull()
    expect(figureRow(panel, '行政复议：总计')).toHaveTextContent('0 件')
  })

  it('does not take a blank total for 0: no "none" line then', async () => {
    const zero = Object.fromEntries(
      huaianReport()
        .metrics.filter((metric) => metric.category === 'review-litigation')
        .map((metric) => [metric.id, metric.id === 'review.total' ? null : 0]),
    )
    server.use(serveHuaianChanged('review-litigation', zero))
    renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByRole('img', { name: /总计 未报告/ })).toBeInTheDocument()
    expect(within(panel).queryByText(NONE)).toBeNull()
    expect(figureRow(panel, '行政复议：总计')).toHaveTextContent('未报告')
  })

  it('shows a blank figure as 未报告, with no bar', async () => {
    server.use(serveHuaianChanged('review-litigation', { 'review.pending': null }))
    const { user } = renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(
      await within(panel).findByRole('img', { name: /尚未审结 未报告；行政诉讼/ }),
    ).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const row = within(panel).getByRole('row', { name: /行政复议：尚未审结/ })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('未报告')
  })

  it('reads in English', async () => {
    renderHuaianPanel(ReviewOutcomesPanel, 'en')
    const panel = await screen.findByRole('region', {
      name: 'Outcomes of administrative reconsideration and litigation',
    })
    expect(
      await within(panel).findByRole('img', { name: /Reconsideration \(351 cases in all\)/ }),
    ).toBeInTheDocument()
  })

  it('offers a retry when its endpoint fails', async () => {
    server.use(failOnce('review-litigation'))
    const { user } = renderHuaianPanel(ReviewOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /结果维持 72 件/ })).toBeInTheDocument()
  })

  it('applies to the 2021 report and not to the 2015 one, which has its own panel', () => {
    const has = (ids: string[]) => REVIEW_OUTCOMES_PANEL_IDS.some((id) => ids.includes(id))
    expect(has(huaianReport().metrics.map((metric) => metric.id))).toBe(true)
    expect(has(loadReport().metrics.map((metric) => metric.id))).toBe(false)
  })
})
