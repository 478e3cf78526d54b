import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { LAYOUT_WAIT_MS } from '#src/app/report-view.tsx'
import { server } from '../../mocks/node.ts'
import { renderApp } from './render-app.tsx'

/** Holds the report's answer until `release` is called; the other endpoints answer as usual. */
function holdReport(id = 'wuzhong-psb-2018') {
  let release = () => {}
  const released = new Promise<void>((done) => {
    release = done
  })
  server.use(
    // Resolving with nothing hands the request on to the bundled dataset's handler.
    http.get(`*/api/reports/${id}.json`, async () => {
      await released
    }),
  )
  return () => release()
}

describe('laying out the page while the report loads', () => {
  it('shows only the header saying it is loading, then every panel at once', async () => {
    const release = holdReport()
    renderApp('/?report=wuzhong-psb-2018')
    const header = await screen.findByRole('region', { name: '政府信息公开年度报告看板' })
    expect(header).toHaveTextContent('正在加载')
    // Nothing below the header yet, so nothing can be pushed down when the report arrives.
    expect(screen.queryByRole('region', { name: '核心指标' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '诉求办理' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '数据核验' })).not.toBeInTheDocument()

    release()
    expect(await screen.findByRole('region', { name: '吴忠市公安局' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '核心指标' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '诉求办理' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '数据核验' })).toBeInTheDocument()
  })

  it('lays the panels out anyway when the report is slow, with the figures already loaded', async () => {
    const release = holdReport()
    renderApp('/?report=wuzhong-psb-2018&cat=online-services')
    // The first render loads the app's modules: on a busy machine that takes more than the default 1 s.
    await screen.findByRole('region', { name: '政府信息公开年度报告看板' }, { timeout: 5000 })
    const online = await screen.findByRole(
      'region',
      { name: '互联网+政务服务' },
      { timeout: LAYOUT_WAIT_MS + 2000 },
    )
    expect(await within(online).findAllByText(/10995/)).not.toHaveLength(0)
    expect(screen.getByRole('region', { name: '政府信息公开年度报告看板' })).toHaveTextContent(
      '正在加载',
    )
    release()
    expect(await screen.findByRole('region', { name: '吴忠市公安局' })).toBeInTheDocument()
  })

  it('keeps the page laid out when the reader switches to a report that is still loading', async () => {
    const { user } = renderApp('/?report=wuzhong-psb-2018')
    expect(await screen.findByRole('region', { name: '吴忠市公安局' })).toBeInTheDocument()
    const release = holdReport('huaian-gov-2024')
    const picker = screen.getByRole('group', { name: '报告' })
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: '机关' }),
      '淮安市人民政府',
    )
    // At once, not after a wait: the checks and the 2021 table's panels keep their places.
    expect(screen.getByRole('region', { name: '政府信息公开年度报告看板' })).toHaveTextContent(
      '正在加载',
    )
    expect(screen.getByRole('region', { name: '数据核验' })).toBeInTheDocument()
    release()
    expect(await screen.findByRole('region', { name: '淮安市人民政府' })).toBeInTheDocument()
  })
})
