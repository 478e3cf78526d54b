import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RequestsPanel } from '#src/features/requests/requests-panel.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { figureRow, renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the complaints and requests panel', () => {
  it('charts the hotline’s 811 received and 811 closed, with the rate computed beside the stated one', async () => {
    renderPanel(RequestsPanel)
    const panel = await screen.findByRole('region', { name: '诉求办理' })
    const chart = await within(panel).findByRole('img', {
      name: '柱状图：12345热线受理诉求 811 件；12345热线已结案 811 件。',
    })
    await waitForSvg(chart)

    const computed = figureRow(panel, '12345热线结案率（计算）')
    expect(computed).toHaveTextContent('100%')
    expect(computed).toHaveTextContent('计算值: 811 ÷ 811 × 100%')
    const stated = figureRow(panel, '12345热线结案率')
    expect(stated).toHaveTextContent('100%')
    expect(stated).not.toHaveTextContent('计算值')

    expect(figureRow(panel, '51890平台受理办结投诉')).toHaveTextContent('124 件')
    expect(figureRow(panel, '回复网友留言咨询')).toHaveTextContent('213 条')
    expect(figureRow(panel, '微博搜集涉黑涉恶线索')).toHaveTextContent('32 条')
    expect(figureRow(panel, '微信微博留言回复率')).toHaveTextContent('100%')
  })

  it('reads in English', async () => {
    renderPanel(RequestsPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Complaints and requests' })
    await within(panel).findByRole('img', {
      name: 'Bar chart: 12345 hotline requests received 811 cases; 12345 hotline requests closed 811 cases.',
    })
    expect(figureRow(panel, '12345 hotline closure rate (computed)')).toHaveTextContent(
      'Computed: 811 ÷ 811 × 100%',
    )
    expect(figureRow(panel, 'Complaints handled through the 51890 platform')).toHaveTextContent(
      '124 cases',
    )
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(RequestsPanel, '诉求办理', failOnce('requests'))
    expect(await within(panel).findByRole('img', { name: /已结案 811 件/ })).toBeInTheDocument()
  })
})
