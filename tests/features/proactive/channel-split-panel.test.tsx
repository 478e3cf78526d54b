import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node.ts'
import { renderApp } from '../../app/render-app.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { answerInvalidOnce } from '../../fixtures/endpoints.ts'

const region = () => screen.findByRole('region', { name: '主动公开渠道分布' })

describe('the channel split panel', () => {
  it('draws the chart and lists the text’s other channels as approximate', async () => {
    renderApp()
    const panel = await region()
    const chart = await within(panel).findByRole('img', { name: /政府网站公开政府信息数 252 条/ })
    await waitForSvg(chart)
    const police = within(panel).getByText('公安网站发布信息').closest('div')
    expect(police).toHaveTextContent('2400余 条')
    expect(police).toHaveTextContent('约数')
  })

  it('fails alone: a broken proactive endpoint leaves the other panels and offers a retry', async () => {
    server.use(answerInvalidOnce('proactive'))
    const { user } = renderApp()
    const panel = await region()
    expect(await within(panel).findByRole('alert')).toHaveTextContent('reportId: Invalid input')
    expect(await screen.findByRole('region', { name: '核心指标' })).toHaveTextContent('2475')

    await user.click(within(panel).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /政务微博/ })).toBeInTheDocument()
  })
})
