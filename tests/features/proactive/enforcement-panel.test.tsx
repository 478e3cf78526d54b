import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EnforcementDisclosurePanel } from '#src/features/proactive/enforcement-panel.tsx'
import { clickBar, waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import {
  figureRow,
  findSelectedFigure,
  renderPanel,
  retryAfterFault,
} from '../../fixtures/render-panel.tsx'

describe('the enforcement disclosure panel', () => {
  it('charts 双公示 and notes the two ways the report writes the licence count', async () => {
    renderPanel(EnforcementDisclosurePanel)
    const panel = await screen.findByRole('region', { name: '执法信息公开' })
    const chart = await within(panel).findByRole('img', {
      name: '“双公示”审核发布数：行政许可 5014 项；行政处罚 375 项',
    })
    await waitForSvg(chart)

    const note = within(panel).getByText(/行政许可数前后写法不一/)
    expect(note).toHaveTextContent('第一部分写作“5014余项”，第八部分写作“5014项”')
    expect(within(note).getByRole('link', { name: '第17行' })).toHaveAttribute('href', '#L17')
    expect(within(note).getByRole('link', { name: '第55行' })).toHaveAttribute('href', '#L55')

    expect(figureRow(panel, '网上公安局更新内容类别')).toHaveTextContent('41 类')
    expect(figureRow(panel, '网上公安局更新内容')).toHaveTextContent('481 条')
    expect(figureRow(panel, '微信、微博和客户端公开信息')).toHaveTextContent('2193 条')
    expect(figureRow(panel, '主动公开规范性文件数')).toHaveTextContent('5 条')
    expect(figureRow(panel, '制发规范性文件总数')).toHaveTextContent('5 件')
  })

  it('shows where a clicked bar comes from in the report', async () => {
    const { user } = renderPanel(EnforcementDisclosurePanel)
    const panel = await screen.findByRole('region', { name: '执法信息公开' })
    const chart = await within(panel).findByRole('img', { name: /行政处罚 375 项/ })

    // Left to right: 行政许可, 行政处罚.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => a.x - b.x)[1])
    const box = await findSelectedFigure(panel, '审核发布行政处罚')
    expect(box).toHaveTextContent('审核发布行政处罚: 375 项')
    expect(within(box).getByRole('blockquote')).toHaveTextContent('行政处罚375项')
  })

  it('speaks English', async () => {
    renderPanel(EnforcementDisclosurePanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Enforcement disclosure' })
    expect(
      await within(panel).findByRole('img', { name: /Licences 5,014 items; Penalties 375 items/ }),
    ).toBeInTheDocument()
    expect(within(panel).getByText(/writes the licence count two ways/)).toHaveTextContent(
      'part 1 says “over 5,014 items”, part 8 says “5,014 items”',
    )
    expect(figureRow(panel, 'Items updated on the online police bureau')).toHaveTextContent(
      '481 items',
    )
  })

  it('offers a retry when the proactive endpoint fails', async () => {
    const panel = await retryAfterFault(
      EnforcementDisclosurePanel,
      '执法信息公开',
      failOnce('proactive'),
    )
    expect(await within(panel).findByRole('img', { name: /行政许可 5014 项/ })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
