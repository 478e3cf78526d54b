import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FAULTS, faultHandlers } from '../../mocks/faults.ts'
import { server } from '../../mocks/node.ts'
import { renderApp } from './render-app.tsx'

/** In the reader's language (Chinese here): the API's own words are a detail line apart. */
const MESSAGES: Record<(typeof FAULTS)[number], RegExp> = {
  'server-error': /^服务器返回错误（HTTP 500）$/,
  'not-found': /^服务器返回错误（HTTP 404）$/,
  network: /^网络请求失败$/,
  slow: /^1.5 秒内没有响应$/,
  malformed: /^响应不是有效的 JSON$/,
  schema: /^响应与接口约定不符$/,
  empty: /暂无数据/,
}

let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled()
  consoleError.mockRestore()
})

describe.each(FAULTS)('when the requests endpoint fails with “%s”', (fault) => {
  it('says so in the requests panels only, and retry recovers once the fault is gone', async () => {
    server.use(...faultHandlers(fault, 'requests', true))
    const { user } = renderApp('/?cat=requests,online-services')
    const requests = await screen.findByRole('region', { name: '诉求办理' })
    expect(await within(requests).findByText(MESSAGES[fault], {}, { timeout: 8000 })).toBeVisible()

    const online = await screen.findByRole('region', { name: '互联网+政务服务' })
    expect(await within(online).findAllByText(/10995/)).not.toHaveLength(0)
    expect(within(online).queryByRole('alert')).not.toBeInTheDocument()

    if (fault !== 'empty') {
      await user.click(within(requests).getByRole('button', { name: '重试' }))
      expect(await within(requests).findByText('51890平台受理办结投诉')).toBeInTheDocument()
    }
  })
})

describe('when every endpoint fails', () => {
  it('keeps the page up and says what went wrong', async () => {
    server.use(...faultHandlers('server-error'))
    renderApp()
    expect(await screen.findByRole('banner')).toHaveTextContent('政府信息公开年度报告看板')
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器返回错误（HTTP 500）')
    expect(screen.getByRole('button', { name: '重试' })).toBeEnabled()
  })

  it('reports an empty report by what is missing', async () => {
    server.use(...faultHandlers('empty', 'report'))
    renderApp()
    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent('metrics: Too small: expected array to have >=1 items')
  })
})

describe('an API failure in English', () => {
  it('is said in English, with the API’s words', async () => {
    server.use(...faultHandlers('server-error', 'requests'))
    renderApp('/?lang=en&cat=requests')
    const requests = await screen.findByRole('region', { name: 'Complaints and requests' })
    expect(await within(requests).findByRole('alert')).toHaveTextContent(
      'HTTP 500 Internal Server Error: mocked server error',
    )
  })

  it('keeps English out of a Chinese sentence: the API’s words are a line of their own', async () => {
    server.use(...faultHandlers('server-error', 'requests'))
    renderApp('/?cat=requests')
    const requests = await screen.findByRole('region', { name: '诉求办理' })
    const alert = await within(requests).findByRole('alert')
    expect(within(alert).getByText('服务器返回错误（HTTP 500）')).toBeVisible()
    expect(within(alert).getByRole('listitem')).toHaveTextContent('mocked server error')
    expect(within(alert).getByRole('list')).toHaveAttribute('lang', 'en')
  })
})
