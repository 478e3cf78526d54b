import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InterpretationPanel } from '#src/features/interpretation/interpretation-panel.tsx'
import { chartTexts, clickBar } from '../../fixtures/chart-bars.ts'
import { answerInvalidOnce } from '../../fixtures/endpoints.ts'
import {
  figureRow,
  findSelectedFigure,
  renderPanel,
  retryAfterFault,
} from '../../fixtures/render-panel.tsx'

describe('the responses and interpretation panel', () => {
  it('charts the table’s rows with the reported zeros labelled 0', async () => {
    renderPanel(InterpretationPanel)
    const panel = await screen.findByRole('region', { name: '回应解读' })
    const chart = await within(panel).findByRole('img', {
      name: /回应热点舆情 0 次；新闻发布会 0 次；在线访谈 0 次；政策解读稿件 34 篇；微博微信回应 213 次；其他方式回应 0 次/,
    })
    // Four reported zeros carry a "0" label (the axis adds one more at its origin).
    await waitFor(() => {
      const texts = chartTexts(chart)
      expect(texts.filter((text) => text === '0').length).toBeGreaterThanOrEqual(5)
      expect(texts).toEqual(expect.arrayContaining(['34', '213', '回应热点舆情', '其他方式回应']))
    })
    expect(within(panel).getByText('“0”为报告填报的数字，不是缺失。')).toBeInTheDocument()

    expect(figureRow(panel, '主要负责同志参加新闻发布会次数')).toHaveTextContent('0 次')
    expect(figureRow(panel, '主要负责同志参加政府网站在线访谈次数')).toHaveTextContent('0 次')
    expect(figureRow(panel, '政务网站发布政策性文件')).toHaveTextContent('34 条')
  })

  it('shows where a clicked bar comes from in the report', async () => {
    const { user } = renderPanel(InterpretationPanel)
    const panel = await screen.findByRole('region', { name: '回应解读' })
    const chart = await within(panel).findByRole('img', { name: /微博微信回应 213 次/ })

    // Only the non-zero rows have a bar to click; the longest is 微博微信回应.
    await clickBar(user, chart, (bars) => bars.toSorted((a, b) => b.width - a.width)[0])
    const box = await findSelectedFigure(panel, '微博微信回应事件数')
    expect(box).toHaveTextContent('微博微信回应事件数: 213 次')
    expect(within(box).getByRole('link')).toHaveTextContent('第106行')
  })

  it('speaks English', async () => {
    renderPanel(InterpretationPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'Responses and interpretation' })
    expect(
      await within(panel).findByRole('img', {
        name: /Hot topics 0 times; Press conferences 0 times.*Weibo & WeChat 213 times/,
      }),
    ).toBeInTheDocument()
    expect(
      figureRow(panel, 'Policy documents published on the government website'),
    ).toHaveTextContent('34 items')
  })

  it('offers a retry when the interpretation endpoint fails', async () => {
    const panel = await retryAfterFault(
      InterpretationPanel,
      '回应解读',
      answerInvalidOnce('interpretation'),
      'reportId: Invalid input',
    )
    expect(
      await within(panel).findByRole('img', { name: /政策解读稿件 34 篇/ }),
    ).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument()
  })
})
