import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OnlineServicesPanel } from '#src/features/online-services/online-services-panel.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { answerInvalidOnce } from '../../fixtures/endpoints.ts'
import { figureRow, renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the Internet Plus government services panel', () => {
  it('draws registered and verified users, with the verification rate marked as computed', async () => {
    renderPanel(OnlineServicesPanel)
    const panel = await screen.findByRole('region', { name: '互联网+政务服务' })
    const chart = await within(panel).findByRole('img', {
      name: /平台注册用户 10995 人；实名认证用户 7441 人；实名认证率（计算） 67\.68%（计算值）/,
    })
    await waitForSvg(chart)

    const rate = figureRow(panel, '实名认证率（计算）')
    expect(rate).toHaveTextContent('67.68%')
    expect(rate).toHaveTextContent('计算值: 7441 ÷ 10995 × 100%')
    expect(figureRow(panel, '网上可办公安政务服务事项')).toHaveTextContent('288 项')
    expect(figureRow(panel, '办件量')).toHaveTextContent('61 件')
    expect(figureRow(panel, '咨询量')).toHaveTextContent('224 件')
    expect(within(panel).getByText(/自2018年9月起才正式运行/)).toBeInTheDocument()
  })

  it('shows 80% 不见面、马上办 as a target, apart from the results', async () => {
    renderPanel(OnlineServicesPanel)
    const panel = await screen.findByRole('region', { name: '互联网+政务服务' })
    const target = await within(panel).findByRole('region', { name: '工作目标' })
    expect(target).toHaveTextContent('“不见面、马上办”服务事项目标比例80%')
    expect(target).toHaveTextContent('没有报告实际达成的比例')
    expect(within(panel).getByRole('img').getAttribute('aria-label')).not.toContain('80%')
    const catalogue = within(panel).getByRole('region', { name: '事项目录与证照清理' })
    expect(catalogue).toHaveTextContent('政务服务事项目录22 项')
    expect(catalogue).toHaveTextContent('保留证照事项29 项')
  })

  it('reads in English', async () => {
    renderPanel(OnlineServicesPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Internet Plus government services' })
    await within(panel).findByRole('img', {
      name: /Registered users of the online service platform 10,995 people; Users with verified real names 7,441 people/,
    })
    expect(figureRow(panel, 'Real-name verification rate (computed)')).toHaveTextContent(
      'Computed: 7441 ÷ 10995 × 100%',
    )
    expect(within(panel).getByRole('region', { name: 'Target' })).toHaveTextContent(
      'does not report the share actually achieved',
    )
    expect(within(panel).getByText(/only run since September 2018/)).toBeInTheDocument()
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(
      OnlineServicesPanel,
      '互联网+政务服务',
      answerInvalidOnce('online-services'),
    )
    expect(
      await within(panel).findByRole('img', { name: /实名认证用户 7441 人/ }),
    ).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
