import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ProposalsPanel } from '#src/features/requests/proposals-panel.tsx'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import { renderPanel, retryAfterFault } from '../../fixtures/render-panel.tsx'

describe('the NPC suggestions and CPPCC proposals panel', () => {
  it('shows the 13 in total, the donut of 3 and 10, the departments and the satisfaction', async () => {
    renderPanel(ProposalsPanel)
    const panel = await screen.findByRole('region', { name: '人大建议和政协提案' })
    const chart = await within(panel).findByRole('img', {
      name: '环形图：市人大建议 3 件；市政协提案 10 件。',
    })
    await waitForSvg(chart)
    expect(
      within(panel)
        .getByText(/建议和提案/)
        .closest('p'),
    ).toHaveTextContent('建议和提案: 13 个')
    expect(within(panel).getByText('承办部门').closest('div')).toHaveTextContent('5 个')
    expect(within(panel).getByText('代表、委员满意率').closest('div')).toHaveTextContent('100%')
  })

  it('reads in English', async () => {
    renderPanel(ProposalsPanel, 'en')
    const panel = await screen.findByRole('region', { name: 'NPC suggestions and CPPCC proposals' })
    await within(panel).findByRole('img', {
      name: "Donut chart: Municipal People's Congress suggestions 3 cases; Municipal CPPCC proposals 10 cases.",
    })
    expect(panel).toHaveTextContent('Suggestions and proposals in total: 13')
  })

  it('offers a retry when its endpoint fails, then shows the data', async () => {
    const panel = await retryAfterFault(ProposalsPanel, '人大建议和政协提案', failOnce('requests'))
    expect(await within(panel).findByRole('img', { name: /市政协提案 10 件/ })).toBeInTheDocument()
  })
})
