import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node.ts'
import { REPORT_ID, rawReport } from '../fixtures/report.ts'
import { renderApp } from './render-app.tsx'

const REPORT_URL = `*/api/reports/${REPORT_ID}.json`

function figure(name: string) {
  return screen.findByRole('figure', { name })
}

describe('the app shell', () => {
  it('shows the agency, the period and the headline figures of the bundled report', async () => {
    renderApp()
    const header = await screen.findByRole('region', { name: '吴忠市公安局' })
    expect(
      await within(header).findByText('吴忠市公安局2018年度政务公开年度报告'),
    ).toBeInTheDocument()
    expect(within(header).getByText('2018年1月1日 – 2018年12月31日')).toBeInTheDocument()

    expect(within(await figure('主动公开政府信息数')).getByText('2475')).toBeInTheDocument()
    expect(within(await figure('政策解读稿件发布数')).getByText('34')).toBeInTheDocument()
    expect(within(await figure('收到申请数')).getByText('0')).toBeInTheDocument()
  })

  it('marks the 12345 closure rate as computed from 811 ÷ 811', async () => {
    renderApp()
    const rate = await figure('12345热线结案率（计算）')
    expect(within(rate).getByText('100%')).toBeInTheDocument()
    expect(within(rate).getByText('计算值: 811 ÷ 811 × 100%')).toBeInTheDocument()
  })

  it('links each headline figure to its line in the report text', async () => {
    renderApp()
    const total = await figure('主动公开政府信息数')
    const link = within(total).getByRole('link', { name: /来源/ })
    const target = link.getAttribute('href')?.slice(1) ?? ''
    const line = await screen.findByText((_, element) => element?.id === target)
    expect(line).toHaveTextContent('主动公开政府信息数')
    expect(line).toHaveTextContent('2475')
  })

  it('switches to English and keeps the choice in the URL', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: /切换到英文/ }))
    expect(window.location.search).toBe('?lang=en')
    expect(await figure('Government information proactively disclosed')).toHaveTextContent('2,475')
    expect(document.documentElement.lang).toBe('en')

    window.history.back()
    expect(await screen.findByRole('button', { name: /切换到英文/ })).toBeInTheDocument()
  })

  it('opens in English from a shared link', async () => {
    renderApp('/?lang=en')
    expect(await screen.findByText('Headline figures')).toBeInTheDocument()
  })

  it('shows what is wrong with a broken report, and keeps the report text panel working', async () => {
    const broken = rawReport()
    ;(broken.meta as Record<string, unknown>).year = 'two thousand'
    server.use(http.get(REPORT_URL, () => HttpResponse.json(broken)))
    renderApp()

    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent('响应与接口约定不符')
    expect(alerts[0]).toHaveTextContent(
      'meta.year: Invalid input: expected number, received string',
    )
    expect(await screen.findByRole('region', { name: '报告原文' })).toHaveTextContent(
      '吴忠市迎宾街667号',
    )
  })

  it('recovers on retry once the server answers again', async () => {
    server.use(http.get(REPORT_URL, () => new HttpResponse(null, { status: 503 }), { once: true }))
    const { user } = renderApp()
    const headlines = await screen.findByRole('region', { name: '核心指标' })
    expect(await within(headlines).findByRole('alert')).toHaveTextContent('HTTP 503')

    await user.click(within(headlines).getByRole('button', { name: '重试' }))
    expect(await within(headlines).findByText('2475')).toBeInTheDocument()
  })

  it('says so when there is no report to show', async () => {
    server.use(http.get('*/api/reports.json', () => HttpResponse.json({ reports: [] })))
    renderApp()
    expect(await screen.findByText('暂无数据')).toBeInTheDocument()
  })
})
