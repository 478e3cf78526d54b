import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApplicationsPanel } from '#src/features/applications/applications-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce, serveChanged } from '../../fixtures/endpoints.ts'
import { renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the disclosure on application panel', () => {
  it('says no application was received, instead of an empty chart, and tabulates every row', async () => {
    renderPanel(ApplicationsPanel)
    const panel = await screen.findByRole('region', { name: '依申请公开' })
    expect(await within(panel).findByText('本年度未收到政府信息公开申请')).toBeInTheDocument()
    expect(within(panel).queryByRole('img')).toBeNull()

    const table = within(panel).getByRole('table', { name: '统计表 三、依申请公开情况' })
    expect(within(table).getAllByRole('rowheader')).toHaveLength(23)
    expect(within(table).getByRole('row', { name: /\(一\) 收到申请数/ })).toHaveTextContent('件0')
    expect(within(table).getByRole('rowheader', { name: '其中：涉及国家秘密' })).toBeInTheDocument()
    expect(within(panel).getByText('依申请公开信息收取的费用').closest('div')).toHaveTextContent(
      '0 万元',
    )
  })

  it('reads in English', async () => {
    renderPanel(ApplicationsPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Disclosure on application' })
    expect(
      await within(panel).findByText('No applications for disclosure were received this year'),
    ).toBeInTheDocument()
    expect(within(panel).getByRole('row', { name: /By letter/ })).toHaveTextContent('cases0')
    expect(within(panel).getByRole('row', { name: /Of which: State secrets/ })).toBeInTheDocument()
  })

  it('charts applications by channel in a year that has some', async () => {
    server.use(
      serveChanged('applications', {
        'applications.received': 7,
        'applications.received.in-person': 2,
        'applications.received.online': 5,
      }),
    )
    renderPanel(ApplicationsPanel)
    const panel = await screen.findByRole('region', { name: '依申请公开' })
    const chart = await within(panel).findByRole('img', {
      name: '柱状图：当面申请数 2 件；传真申请数 0 件；网络申请数 5 件；信函申请数 0 件。',
    })
    await waitForSvg(chart)
    expect(within(panel).queryByText('本年度未收到政府信息公开申请')).toBeNull()
    expect(within(panel).getByRole('row', { name: /收到申请数/ })).toHaveTextContent('件7')
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(ApplicationsPanel, '依申请公开', failOnce('applications'))
    expect(await within(panel).findByText('本年度未收到政府信息公开申请')).toBeInTheDocument()
  })
})
