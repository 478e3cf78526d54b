import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CategorySharePanel } from '#src/features/proactive/category-share-panel.tsx'
import { clickBar, waitForSvg } from '../../fixtures/chart-bars.ts'
import { answerInvalidOnce } from '../../fixtures/endpoints.ts'
import {
  figureRow,
  findSelectedFigure,
  renderPanel,
  retryAfterFault,
} from '../../fixtures/render-panel.tsx'

describe('the information-type share panel', () => {
  it('charts the four shares and lists the counts as computed estimates', async () => {
    renderPanel(CategorySharePanel)
    const panel = await screen.findByRole('region', { name: '主动公开信息类别' })
    const chart = await within(panel).findByRole('img', {
      name: '主动公开信息类别占比：警务公开 33%；办事公开 30%；办案公开 20%；行政管理公开 17%',
    })
    await waitForSvg(chart)

    expect(within(panel).getByText(/以下条数为估算/)).toBeInTheDocument()
    const police = figureRow(panel, '警务公开信息数（估算）')
    expect(police).toHaveTextContent('约817 条')
    expect(police).toHaveTextContent('计算值: 2475 × 33%')
    expect(figureRow(panel, '行政管理公开信息数（估算）')).toHaveTextContent('约421 条')
  })

  it('shows where a clicked share comes from in the report', async () => {
    const { user } = renderPanel(CategorySharePanel)
    const panel = await screen.findByRole('region', { name: '主动公开信息类别' })
    const chart = await within(panel).findByRole('img', { name: /警务公开 33%/ })
    expect(within(panel).getByText('点击图形中的一项，查看它在报告中的出处。')).toBeInTheDocument()

    // The bars run top-down in the report's order: the second one is 办事公开.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => a.y - b.y)[1])
    const box = await findSelectedFigure(panel, '办事公开')
    expect(box).toHaveTextContent('办事公开: 30%')
    expect(within(box).getByRole('blockquote')).toHaveTextContent('办事公开30%')
    expect(within(box).getByRole('link')).toHaveTextContent('第27行')
  })

  it('speaks English', async () => {
    renderPanel(CategorySharePanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Proactive disclosure by type' })
    expect(
      await within(panel).findByRole('img', { name: /Policing 33%; Services 30%/ }),
    ).toBeInTheDocument()
    const services = figureRow(panel, 'Services items (estimated)')
    expect(services).toHaveTextContent('about 743 items')
    expect(services).toHaveTextContent('Computed: 2475 × 30%')
  })

  it('offers a retry when the proactive endpoint fails', async () => {
    const panel = await retryAfterFault(
      CategorySharePanel,
      '主动公开信息类别',
      answerInvalidOnce('proactive'),
      'reportId: Invalid input',
    )
    expect(await within(panel).findByRole('img', { name: /行政管理公开 17%/ })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
