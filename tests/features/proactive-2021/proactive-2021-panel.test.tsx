import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  PROACTIVE_2021_PANEL_IDS,
  Proactive2021Panel,
} from '#src/features/proactive-2021/proactive-2021-panel.tsx'
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

const TITLE = '规章、规范性文件和行政执法决定'

describe('the 2021 proactive disclosure panel', () => {
  it('charts the documents and states the decisions and fees as figures with their sources', async () => {
    renderHuaianPanel(Proactive2021Panel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', {
      name: '分组柱状图：规章：本年制发 1 件，本年废止 0 件，现行有效 11 件；行政规范性文件：本年制发 8 件，本年废止 26 件，现行有效 66 件',
    })
    await waitForSvg(chart)
    // In full, each with its line: 万 is used only where no digit is lost.
    expect(figureRow(panel, '行政许可：本年处理决定数量')).toHaveTextContent('447228 件第85行')
    expect(figureRow(panel, '行政处罚：本年处理决定数量')).toHaveTextContent('3985758 件第97行')
    expect(figureRow(panel, '行政强制：本年处理决定数量')).toHaveTextContent('88283 件第100行')
    const fees = figureRow(panel, '行政事业性收费：本年收费金额（单位：万元）')
    expect(fees).toHaveTextContent('96171.6 万元')
    expect(within(fees).getByRole('link')).toHaveAttribute('href', '#L109')
  })

  it('lists the six document figures in the table view', async () => {
    const { user } = renderHuaianPanel(Proactive2021Panel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '表格' }))
    const rows = within(within(panel).getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '1 件',
      '8 件',
      '0 件',
      '26 件',
      '11 件',
      '66 件',
    ])
  })

  it('shows where a clicked bar comes from', async () => {
    const { user } = renderHuaianPanel(Proactive2021Panel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /现行有效 66 件/ })
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => b.height - a.height)[0])
    const box = await findSelectedFigure(panel, '行政规范性文件：现行有效件数')
    expect(box).toHaveTextContent('行政规范性文件：现行有效件数: 66 件')
    expect(within(box).getByRole('link')).toHaveTextContent('第77行')
  })

  it('shows a blank figure as 未报告, never 0', async () => {
    server.use(
      serveHuaianChanged('proactive', {
        'proactive.penalties.decisions': null,
        'proactive.regulations.in-force': null,
      }),
    )
    renderHuaianPanel(Proactive2021Panel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByRole('img', { name: /现行有效 未报告/ })).toBeInTheDocument()
    const penalties = figureRow(panel, '行政处罚：本年处理决定数量')
    expect(penalties).toHaveTextContent('未报告')
    expect(penalties).not.toHaveTextContent(/(^|[^\d])0 件/)
  })

  it('reads in English', async () => {
    renderHuaianPanel(Proactive2021Panel, 'en')
    const panel = await screen.findByRole('region', {
      name: 'Rules, normative documents and enforcement decisions',
    })
    await within(panel).findByRole('img', { name: /Government rules: Issued 1 document/ })
    expect(figureRow(panel, 'Administrative penalties: decisions this year')).toHaveTextContent(
      '3,985,758 cases',
    )
    expect(figureRow(panel, 'Administrative fees: charged this year')).toHaveTextContent(
      '96,171.6 × 10,000 yuan',
    )
  })

  it('offers a retry when its endpoint fails', async () => {
    server.use(failOnce('proactive'))
    const { user } = renderHuaianPanel(Proactive2021Panel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /规章/ })).toBeInTheDocument()
  })

  it('applies to the 2021 report and not to the 2015 one', () => {
    const has = (ids: string[]) => PROACTIVE_2021_PANEL_IDS.some((id) => ids.includes(id))
    expect(has(huaianReport().metrics.map((metric) => metric.id))).toBe(true)
    expect(has(loadReport().metrics.map((metric) => metric.id))).toBe(false)
  })
})
