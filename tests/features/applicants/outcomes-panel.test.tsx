import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  APPLICATION_OUTCOMES_PANEL_IDS,
  ApplicationOutcomesPanel,
} from '#src/features/applicants/outcomes-panel.tsx'
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

const TITLE = '政府信息公开申请：办理结果'

describe('the application outcomes panel', () => {
  it('states the total, charts the outcomes and notes which are computed', async () => {
    renderHuaianPanel(ApplicationOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByText(/^本年度办理结果总计/)).toHaveTextContent(
      '本年度办理结果总计：3050 件 第197行',
    )
    const chart = within(panel).getByRole('img', {
      name: '条形图：本年度办理结果：予以公开 1362 件；部分公开 454 件；不予公开 178 件（计算值）；无法提供 781 件（计算值）；不予处理 88 件（计算值）；其他处理 187 件（计算值）',
    })
    await waitForSvg(chart)
    const note = within(panel).getByText(/^虚线条形为计算值/)
    expect(note).toHaveTextContent('报告只列出分项，未列合计')
    expect(note).toHaveTextContent('不予公开 = 第1–8项之和；无法提供 = 第1–3项之和')
    expect(figureRow(panel, '结转下年度继续办理：总计')).toHaveTextContent('103 件')
  })

  it('shows the computed sums in the table view with their arithmetic and first row’s source', async () => {
    const { user } = renderHuaianPanel(ApplicationOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    const refused = within(table).getByRole('row', { name: /不予公开：总计/ })
    const [value, note, source] = within(refused).getAllByRole('cell')
    expect(value).toHaveTextContent('178 件')
    expect(note).toHaveTextContent('计算值: 第1–8项之和 = 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105')
    expect(within(source as HTMLElement).getByRole('link')).toHaveAttribute('href', '#L137')
    const granted = within(table).getByRole('row', { name: /予以公开：总计/ })
    expect(within(granted).getAllByRole('cell')[0]).toHaveTextContent('1362 件')
    expect(within(granted).getAllByRole('cell')[1]).toHaveTextContent('')
  })

  it('shows the source line of each row when a computed bar is clicked', async () => {
    const { user } = renderHuaianPanel(ApplicationOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /不予公开 178 件/ })
    // Top down in the table's order: the third bar is 不予公开.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => a.y - b.y)[2])
    const box = await findSelectedFigure(panel, '不予公开：总计')
    expect(box).toHaveTextContent('不予公开：总计: 178 件 (计算值: 第1–8项之和')
    const rows = within(panel).getByText('不予公开的分项（第1–8项）：').closest('div')
    if (!(rows instanceof HTMLElement)) throw new Error('no rows box')
    expect(
      within(rows)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#L137', '#L140', '#L143', '#L146', '#L150', '#L153', '#L155', '#L157'])
    expect(figureRow(rows, '属于行政查询事项：总计')).toHaveTextContent('105 件')
  })

  it('leaves a sum with a blank row as 未报告, never 0', async () => {
    server.use(
      serveHuaianChanged('applications', { 'applications.refused.prohibited.total': null }),
    )
    const { user } = renderHuaianPanel(ApplicationOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(
      await within(panel).findByRole('img', { name: /不予公开 未报告（计算值）/ }),
    ).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const row = within(panel).getByRole('row', { name: /不予公开：总计/ })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('未报告')
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('2 + ? + 5')
  })

  it('reads in English', async () => {
    renderHuaianPanel(ApplicationOutcomesPanel, 'en')
    const panel = await screen.findByRole('region', {
      name: 'Applications for disclosure: outcomes',
    })
    expect(
      await within(panel).findByRole('img', {
        name: /Disclosed 1,362 cases; Partly disclosed 454/,
      }),
    ).toBeInTheDocument()
    expect(within(panel).getByText(/^Dashed bars are computed/)).toHaveTextContent(
      'Refused = sum of rows 1–8',
    )
  })

  it('offers a retry when its endpoint fails', async () => {
    server.use(failOnce('applications'))
    const { user } = renderHuaianPanel(ApplicationOutcomesPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /予以公开 1362 件/ })).toBeInTheDocument()
  })

  it('applies to the 2021 report and not to the 2015 one', () => {
    const has = (ids: string[]) => APPLICATION_OUTCOMES_PANEL_IDS.some((id) => ids.includes(id))
    expect(has(huaianReport().metrics.map((metric) => metric.id))).toBe(true)
    expect(has(loadReport().metrics.map((metric) => metric.id))).toBe(false)
  })
})
