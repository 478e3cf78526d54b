import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OrganisationPanel } from '#src/features/organisation/organisation-panel.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { figureRow, renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the organisation, staff and training panel', () => {
  it('charts the 4 staff as 1 full-time and 3 part-time and lists the other figures', async () => {
    renderPanel(OrganisationPanel)
    const panel = await screen.findByRole('region', { name: '机构建设与培训' })
    const chart = await within(panel).findByRole('img', {
      name: '环形图：专职人员数 1 人；兼职人员数 3 人。',
    })
    await waitForSvg(chart)
    expect(panel).toHaveTextContent('从事政府信息公开工作人员数: 4 人')
    expect(figureRow(panel, '政府信息公开工作专门机构数')).toHaveTextContent('1 个')
    expect(figureRow(panel, '设置政府信息公开查阅点数')).toHaveTextContent('1 个')
    expect(figureRow(panel, '召开政府信息公开工作会议或专题会议数')).toHaveTextContent('2 次')
    expect(figureRow(panel, '举办各类培训班数')).toHaveTextContent('1 次')
    expect(figureRow(panel, '接受培训人员数')).toHaveTextContent('45 人次')
    expect(figureRow(panel, '政务公开目录清单涵盖方面')).toHaveTextContent('6 个')
    expect(figureRow(panel, '执法办案管理中心职能')).toHaveTextContent('5 项')
    expect(figureRow(panel, '制定各类制度')).toHaveTextContent('12 个')
  })

  it('reads the blank budget cell as not reported, never 0, and says the table leaves it blank', async () => {
    renderPanel(OrganisationPanel)
    const panel = await screen.findByRole('region', { name: '机构建设与培训' })
    const budget = await within(panel).findByText('政府信息公开专项经费')
    expect(budget.closest('div')).toHaveTextContent('未报告')
    expect(budget.closest('div')).not.toHaveTextContent('万元')
    expect(within(panel).getByText(/统计表中此栏空白/)).toHaveTextContent(
      '政府信息公开专项经费：统计表中此栏空白',
    )
  })

  it('reads in English', async () => {
    renderPanel(OrganisationPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Organisation, staff and training' })
    await within(panel).findByRole('img', {
      name: 'Donut chart: Full-time staff 1 person; Part-time staff 3 people.',
    })
    expect(figureRow(panel, 'Dedicated disclosure budget')).toHaveTextContent('Not reported')
    expect(within(panel).getByText(/leaves this cell blank/)).toBeInTheDocument()
    expect(figureRow(panel, 'Trainees')).toHaveTextContent('45 attendances')
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(
      OrganisationPanel,
      '机构建设与培训',
      failOnce('organisation'),
    )
    expect(await within(panel).findByRole('img', { name: /兼职人员数 3 人/ })).toBeInTheDocument()
  })
})
