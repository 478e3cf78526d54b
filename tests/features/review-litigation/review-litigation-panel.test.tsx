import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReviewLitigationPanel } from '#src/features/review-litigation/review-litigation-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce, serveChanged } from '../../fixtures/endpoints.ts'
import { renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

const TITLE = '行政复议、行政诉讼和举报投诉'
const NONE = '本年度未发生因政府信息公开引起的行政复议、行政诉讼和举报投诉'

describe('the reviews, litigation and complaints panel', () => {
  it('says there were none, instead of an empty chart, and tabulates every row', async () => {
    renderPanel(ReviewLitigationPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByText(NONE)).toBeInTheDocument()
    expect(within(panel).queryByRole('img')).toBeNull()
    const table = within(panel).getByRole('table')
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      '四、行政复议数量',
      '(一) 维持具体行政行为数',
      '(二) 被依法纠错数',
      '(三) 其他情形数',
      '五、行政诉讼数量',
      '(一) 维持具体行政行为或者驳回原告诉讼请求数',
      '(二) 被依法纠错数',
      '(三) 其他情形数',
      '六、举报投诉数量',
    ])
  })

  it('reads in English', async () => {
    renderPanel(ReviewLitigationPanel, 'en')
    const panel = await screen.findByRole('region', {
      name: 'Administrative reviews, litigation and complaints',
    })
    expect(
      await within(panel).findByText(
        'There were no administrative reviews, lawsuits or complaints about disclosure this year',
      ),
    ).toBeInTheDocument()
    expect(within(panel).getByRole('row', { name: /Reports and complaints/ })).toHaveTextContent(
      'cases0',
    )
  })

  it('charts the three totals in a year that has cases', async () => {
    server.use(serveChanged('review-litigation', { 'review.total': 2, 'review.upheld': 2 }))
    renderPanel(ReviewLitigationPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', {
      name: '柱状图：行政复议数量 2 件；行政诉讼数量 0 件；举报投诉数量 0 件。',
    })
    await waitForSvg(chart)
    expect(within(panel).queryByText(NONE)).toBeNull()
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(ReviewLitigationPanel, TITLE, failOnce('review-litigation'))
    expect(await within(panel).findByText(NONE)).toBeInTheDocument()
  })
})
