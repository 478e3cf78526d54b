import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node.ts'
import { CategorySharePanel } from '../../../src/features/proactive/category-share-panel.tsx'
import { renderPanel } from '../../fixtures/render-panel.tsx'
import { clickBar } from './chart-bars.ts'

const row = (panel: HTMLElement, label: string) => {
  const term = within(panel).getByText(label)
  const item = term.closest('div')
  if (!item) throw new Error(`no row for ${label}`)
  return item
}

describe('the information-type share panel', () => {
  it('charts the four shares and lists the counts as computed estimates', async () => {
    renderPanel(CategorySharePanel)
    const panel = await screen.findByRole('region', { name: '主动公开信息类别' })
    const chart = await within(panel).findByRole('img', {
      name: '主动公开信息类别占比：警务公开 33%；办事公开 30%；办案公开 20%；行政管理公开 17%',
    })
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull())

    expect(within(panel).getByText(/以下条数为估算/)).toBeInTheDocument()
    const police = row(panel, '警务公开信息数（估算）')
    expect(police).toHaveTextContent('约817 条')
    expect(police).toHaveTextContent('计算值: 2475 × 33%')
    expect(row(panel, '行政管理公开信息数（估算）')).toHaveTextContent('约421 条')
  })

  it('shows where a clicked share comes from in the report', async () => {
    const { user } = renderPanel(CategorySharePanel)
    const panel = await screen.findByRole('region', { name: '主动公开信息类别' })
    const chart = await within(panel).findByRole('img', { name: /警务公开 33%/ })
    expect(within(panel).getByText('点击图形中的一项，查看它在报告中的出处。')).toBeInTheDocument()

    // The bars run top-down in the report's order: the second one is 办事公开.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => a.y - b.y)[1])
    const selected = await within(panel).findByText('办事公开', { selector: 'strong' })
    const box = selected.closest('.selected-figure')
    expect(box).toHaveTextContent('办事公开: 30%')
    expect(within(box as HTMLElement).getByRole('blockquote')).toHaveTextContent('办事公开30%')
    expect(within(box as HTMLElement).getByRole('link')).toHaveTextContent('第27行')
  })

  it('speaks English', async () => {
    renderPanel(CategorySharePanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Proactive disclosure by type' })
    expect(
      await within(panel).findByRole('img', { name: /Policing 33%; Services 30%/ }),
    ).toBeInTheDocument()
    const services = row(panel, 'Services items (estimated)')
    expect(services).toHaveTextContent('about 743 items')
    expect(services).toHaveTextContent('Computed: 2475 × 30%')
  })

  it('offers a retry when the proactive endpoint fails', async () => {
    server.use(
      http.get(
        '*/api/reports/:id/metrics/proactive.json',
        () => HttpResponse.json({ nope: true }),
        { once: true },
      ),
    )
    const { user } = renderPanel(CategorySharePanel)
    const panel = await screen.findByRole('region', { name: '主动公开信息类别' })
    expect(await within(panel).findByRole('alert')).toHaveTextContent('reportId: Invalid input')

    await user.click(within(panel).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /行政管理公开 17%/ })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
