import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app.tsx'

const filter = () => screen.getByRole('group', { name: '按类别筛选' })
const headlineNames = async (title = '核心指标') => {
  const headlines = await screen.findByRole('region', { name: title })
  await within(headlines).findAllByRole('figure')
  return within(headlines)
    .getAllByRole('figure')
    .map((figure) => figure.getAttribute('aria-label'))
}

describe('filtering by category', () => {
  it('shows every category until one is picked, then only that one, and keeps it in the URL', async () => {
    const { user } = renderApp()
    expect(await screen.findByRole('region', { name: '主动公开渠道分布' })).toBeInTheDocument()
    expect(within(filter()).getByRole('button', { name: '全部' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    await user.click(within(filter()).getByRole('button', { name: '诉求办理' }))
    // The button shows as pressed at once; the URL and the panels follow after the next paint.
    await waitFor(() => expect(window.location.search).toBe('?cat=requests'))
    expect(screen.queryByRole('region', { name: '主动公开渠道分布' })).not.toBeInTheDocument()
    expect(await headlineNames()).toEqual(['12345热线结案率（计算）'])
  })

  it('combines several categories, and back/forward walk through the choices', async () => {
    const { user } = renderApp()
    await screen.findByRole('region', { name: '核心指标' })
    await user.click(within(filter()).getByRole('button', { name: '诉求办理' }))
    await user.click(within(filter()).getByRole('button', { name: '主动公开' }))
    await waitFor(() => expect(window.location.search).toBe('?cat=proactive%2Crequests'))
    expect(await headlineNames()).toEqual(['主动公开政府信息数', '12345热线结案率（计算）'])

    window.history.back()
    await waitFor(() => expect(window.location.search).toBe('?cat=requests'))
    expect(await headlineNames()).toEqual(['12345热线结案率（计算）'])
    window.history.forward()
    await waitFor(() => expect(window.location.search).toBe('?cat=proactive%2Crequests'))
    expect(within(filter()).getByRole('button', { name: '主动公开' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('reproduces a view from a shared link and ignores unknown categories', async () => {
    renderApp('/?cat=proactive,bogus&lang=en')
    expect(
      await screen.findByRole('region', { name: 'Proactive disclosure by channel' }),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('group', { name: 'Filter by category' })).getByRole('button', {
        name: 'Proactive disclosure',
      }),
    ).toHaveAttribute('aria-pressed', 'true')
    expect(await headlineNames('Headline figures')).toEqual([
      'Government information proactively disclosed',
    ])
  })

  it('clears the filter with “全部”', async () => {
    const { user } = renderApp('/?cat=requests')
    await screen.findByRole('region', { name: '核心指标' })
    await user.click(within(filter()).getByRole('button', { name: '全部' }))
    await waitFor(() => expect(window.location.search).toBe(''))
    expect(await screen.findByRole('region', { name: '主动公开渠道分布' })).toBeInTheDocument()
  })
})

describe('theme', () => {
  it('follows the system by default and can be set to dark, kept in the URL', async () => {
    const { user } = renderApp()
    const select = await screen.findByRole('combobox', { name: '配色' })
    expect(select).toHaveValue('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()

    await user.selectOptions(select, '深色')
    expect(window.location.search).toBe('?theme=dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })
})

describe('language', () => {
  it('formats numbers for the locale: 2475 in Chinese, 2,475 in English', async () => {
    const { user } = renderApp()
    const total = await screen.findByRole('figure', { name: '主动公开政府信息数' })
    expect(total).toHaveTextContent('2475 条')
    await user.click(screen.getByRole('button', { name: /切换到英文/ }))
    expect(
      await screen.findByRole('figure', { name: 'Government information proactively disclosed' }),
    ).toHaveTextContent('2,475 items')
  })
})
