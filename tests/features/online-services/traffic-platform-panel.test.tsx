import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TrafficPlatformPanel } from '#src/features/online-services/traffic-platform-panel.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the traffic safety platform panel', () => {
  it('draws the six figures, each with its own unit, approximate ones marked', async () => {
    renderPanel(TrafficPlatformPanel)
    const panel = await screen.findByRole('region', { name: '交通安全综合服务管理平台' })
    const chart = await within(panel).findByRole('img', {
      name: '交通安全综合服务管理平台注册用户 26.04万 人；网上自助处理违章 15.58万余 笔；网上报考驾照 6.6万余 人；互联网选号 1208 人；驾驶人体检 55829 人；发布交通安全短信 22.2万 条',
    })
    await waitForSvg(chart)
    expect(within(panel).getByText(/浅色斜纹条形为约数/)).toBeInTheDocument()
    expect(within(panel).getByRole('link', { name: '来源 · 第17行' })).toHaveAttribute(
      'href',
      '#L17',
    )
  })

  it('reads in English with full numbers', async () => {
    renderPanel(TrafficPlatformPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Traffic safety service platform' })
    await within(panel).findByRole('img', {
      name: /Registered users of the traffic safety service platform 260,400 people; Traffic violations settled online over 155,800 transactions; Driving-test registrations online over 66,000 people; Licence plates chosen online 1,208 people/,
    })
    expect(within(panel).getByText(/each bar’s label carries its own/)).toBeInTheDocument()
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(
      TrafficPlatformPanel,
      '交通安全综合服务管理平台',
      failOnce('online-services'),
    )
    expect(
      await within(panel).findByRole('img', { name: /互联网选号 1208 人/ }),
    ).toBeInTheDocument()
  })
})
