import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  APPLICANTS_PANEL_IDS,
  ApplicantsPanel,
} from '#src/features/applicants/applicants-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { chartTexts, waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { figureRow } from '../../fixtures/render-panel.tsx'
import { loadReport } from '../../fixtures/report.ts'
import {
  huaianReport,
  renderHuaianPanel,
  serveHuaianChanged,
} from '../applications-table/huaian.tsx'

const TITLE = '政府信息公开申请：申请人'

describe('the applicants panel', () => {
  it('states the total and charts new applications by applicant type', async () => {
    renderHuaianPanel(ApplicantsPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const lead = await within(panel).findByText(/^本年新收政府信息公开申请数量/)
    expect(lead).toHaveTextContent('本年新收政府信息公开申请数量：3119 件 第126行')
    expect(within(lead).getByRole('link', { name: '第126行' })).toHaveAttribute('href', '#L126')
    const chart = within(panel).getByRole('img', {
      name: '条形图：本年新收申请按申请人类型：自然人 3001 件；商业企业 53 件；科研机构 0 件；社会公益组织 0 件；法律服务机构 61 件；其他组织 4 件',
    })
    await waitForSvg(chart)
    expect(figureRow(panel, '上年结转政府信息公开申请数量：总计')).toHaveTextContent('34 件')
  })

  it('lists the figures in the table view, with their sources', async () => {
    const { user } = renderHuaianPanel(ApplicantsPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '3001 件',
      '53 件',
      '0 件',
      '0 件',
      '61 件',
      '4 件',
    ])
    expect(rows[0]).toHaveTextContent('本年新收政府信息公开申请数量：自然人')
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveTextContent('第126行')
  })

  it('shows a blank figure as 未报告 and does not draw it as 0', async () => {
    server.use(serveHuaianChanged('applications', { 'applications.new.business': null }))
    const { user } = renderHuaianPanel(ApplicantsPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /商业企业 未报告；科研机构 0 件/ })
    await waitForSvg(chart)
    const texts = chartTexts(chart)
    expect(texts).toContain('商业企业 · 未报告')
    // After the axis (0 … 4000), the bars' labels: none for the blank one, which draws no bar.
    expect(texts.slice(-5)).toEqual(['3001', '0', '0', '61', '4'])
    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const row = within(panel).getByRole('row', { name: /商业企业/ })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('未报告')
  })

  it('says so when no application was received', async () => {
    server.use(
      serveHuaianChanged('applications', {
        'applications.new.total': 0,
        'applications.new.natural-person': 0,
        'applications.new.business': 0,
        'applications.new.legal-services': 0,
        'applications.new.other-org': 0,
      }),
    )
    renderHuaianPanel(ApplicantsPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByText('本年度未收到政府信息公开申请')).toBeInTheDocument()
    expect(within(panel).queryByRole('img')).toBeNull()
  })

  it('reads in English', async () => {
    renderHuaianPanel(ApplicantsPanel, 'en')
    const panel = await screen.findByRole('region', {
      name: 'Applications for disclosure: applicants',
    })
    expect(await within(panel).findByText(/^New applications this year/)).toHaveTextContent(
      'New applications this year: 3,119 cases line 126',
    )
    expect(
      within(panel).getByRole('img', { name: /Natural persons 3,001 cases; Businesses 53 cases/ }),
    ).toBeInTheDocument()
  })

  it('offers a retry when its endpoint fails', async () => {
    server.use(failOnce('applications'))
    const { user } = renderHuaianPanel(ApplicantsPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /自然人 3001 件/ })).toBeInTheDocument()
  })

  it('applies to the 2021 report and not to the 2015 one', () => {
    const has = (ids: string[]) => APPLICANTS_PANEL_IDS.some((id) => ids.includes(id))
    expect(has(huaianReport().metrics.map((metric) => metric.id))).toBe(true)
    expect(has(loadReport().metrics.map((metric) => metric.id))).toBe(false)
  })
})
