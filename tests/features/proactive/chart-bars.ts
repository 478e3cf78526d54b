import { waitFor } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'

type Rect = { x: number; y: number; width: number; height: number }

/** Bars as ECharts' SVG renderer draws them: paths "Mx yl w 0l0 hl-w 0Z" of non-zero size. */
export function drawnBars(chart: HTMLElement): Rect[] {
  return [...chart.querySelectorAll('path')].flatMap((path) => {
    const match = /^M(-?[\d.]+) (-?[\d.]+)l(-?[\d.]+) 0l0 (-?[\d.]+)l/.exec(
      path.getAttribute('d') ?? '',
    )
    if (!match) return []
    const [x, y, w, h] = match.slice(1).map(Number) as [number, number, number, number]
    if (w === 0 || h === 0) return []
    return [
      {
        x: Math.min(x, x + w),
        y: Math.min(y, y + h),
        width: Math.abs(w),
        height: Math.abs(h),
      },
    ]
  })
}

/** Waits until the chart has finished drawing (ChartHost sets data-drawn). */
export async function waitForDrawn(chart: HTMLElement) {
  await waitFor(() => expect(chart).toHaveAttribute('data-drawn', 'true'), { timeout: 4000 })
}

/**
 * Clicks the centre of a drawn bar, as a user would. jsdom lays nothing out, so the drawing sits at
 * the origin: the bar's SVG coordinates are its client and offset coordinates, which ECharts
 * hit-tests against.
 */
export async function clickBar(
  user: UserEvent,
  chart: HTMLElement,
  pick: (bars: Rect[]) => Rect | undefined,
) {
  await waitForDrawn(chart)
  const bar = pick(drawnBars(chart))
  if (!bar) throw new Error('no such bar in the chart')
  const target = chart.firstElementChild
  if (!(target instanceof HTMLElement)) throw new Error('chart has no drawing surface')
  const x = bar.x + bar.width / 2
  const y = bar.y + bar.height / 2
  const coords = { clientX: x, clientY: y, offsetX: x, offsetY: y }
  await user.pointer([
    { target, coords },
    { keys: '[MouseLeft]', target, coords },
  ])
}

/** The texts drawn in the chart (bar labels, axis labels). */
export function chartTexts(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('text')].map((text) => text.textContent ?? '')
}
