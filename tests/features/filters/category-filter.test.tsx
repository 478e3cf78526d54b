import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CategoryFilter } from '#src/features/filters/components/category-filter.tsx'

/** Lets the filter's deferred change run (it waits for the next frame, or at most 500 ms). */
const nextFrames = () => act(() => new Promise((done) => setTimeout(done, 600)))

describe('the category filter', () => {
  it('shows a click as pressed at once, and applies it after the next frame', async () => {
    const onChange = vi.fn()
    render(<CategoryFilter selected={[]} onChange={onChange} locale="zh" />)
    fireEvent.click(screen.getByRole('button', { name: '诉求办理' }))
    expect(screen.getByRole('button', { name: '诉求办理' })).toHaveAttribute('aria-pressed', 'true')
    expect(onChange).not.toHaveBeenCalled()
    await nextFrames()
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith(['requests'])
  })

  it('drops a click still waiting for its frame when the reader goes back or forward', async () => {
    const onChange = vi.fn()
    render(<CategoryFilter selected={['proactive']} onChange={onChange} locale="zh" />)
    fireEvent.click(screen.getByRole('button', { name: '诉求办理' }))
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    await nextFrames()
    expect(onChange).not.toHaveBeenCalled()
    // The buttons show the entry the reader moved to.
    expect(screen.getByRole('button', { name: '诉求办理' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(screen.getByRole('button', { name: '主动公开' })).toHaveAttribute('aria-pressed', 'true')
  })
})
