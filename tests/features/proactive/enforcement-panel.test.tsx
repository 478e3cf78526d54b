import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node.ts'
import { EnforcementDisclosurePanel } from '../../../src/features/proactive/enforcement-panel.tsx'
import { renderPanel } from '../../fixtures/render-panel.tsx'
import { clickBar } from './chart-bars.ts'

const row = (panel: HTMLElement, label: string) => {
  const item = within(panel).getByText(label).closest('div')
  if (!item) throw new Error(`no row for ${label}`)
  return item
}

describe('the enforcement disclosure panel', () => {
  it('charts 双公示 and notes the two ways the report writes the licence count', async () => {
    renderPanel(EnforcementDisclosurePanel)
    const panel = await screen.findByRole('region', { name: '执法信息公开' })
    const chart = await within(panel).findByRole('img', {
      name: '“双公示”审核发布数：行政许可 5014 项；行政处罚 375 项',
    })
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull())

    const note = within(panel).getByText(/行政许可数前后写法不一/)
    expect(note).toHaveTextContent('第一部分写作“5014余项”，第八部分写作“5014项”')
    expect(within(note).getByRole('link', { name: '第17行' })).toHaveAttribute('href', '#L17')
    expect(within(note).getByRole('link', { name: '第55行' })).toHaveAttribute('href', '#L55')

    expect(row(panel, '网上公安局更新内容类别')).toHaveTextContent('41 类')
    expect(row(panel, '网上公安局更新内容')).toHaveTextContent('481 条')
    expect(row(panel, '微信、微博和客户端公开信息')).toHaveTextContent('2193 条')
    expect(row(panel, '主动公开规范性文件数')).toHaveTextContent('5 条')
    expect(row(panel, '制发规范性文件总数')).toHaveTextContent('5 件')
  })

  it('shows where a clicked bar comes from in the report', async () => {
    const { user } = renderPanel(EnforcementDisclosurePanel)
    const panel = await screen.findByRole('region', { name: '执法信息公开' })
    const chart = await within(panel).findByRole('img', { name: /行政处罚 375 项/ })

    // Left to right: 行政许可, 行政处罚.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => a.x - b.x)[1])
    const selected = await within(panel).findByText('审核发布行政处罚', { selector: 'strong' })
    const box = selected.closest('.selected-figure') as HTMLElement
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
    expect(row(panel, 'Items updated on the online police bureau')).toHaveTextContent('481 items')
  })

  it('offers a retry when the proactive endpoint fails', async () => {
    server.use(
      http.get(
        '*/api/reports/:id/metrics/proactive.json',
        () => new HttpResponse(null, { status: 500 }),
        { once: true },
      ),
    )
    const { user } = renderPanel(EnforcementDisclosurePanel)
    const panel = await screen.findByRole('region', { name: '执法信息公开' })
    expect(await within(panel).findByRole('alert')).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /行政许可 5014 项/ })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
