import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ChartOption } from './echarts-setup.ts'

export type ChartPreferences = {
  /** Decal patterns on series, so that colour is never the only cue. */
  patterns: boolean
}

export const ChartPreferencesContext = createContext<ChartPreferences>({ patterns: false })

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {}
  const media = window.matchMedia(REDUCED_MOTION)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches

/** The reader's chart preferences: the patterns choice and the system's reduced motion. */
export function useChartPreferences(): ChartPreferences & { reducedMotion: boolean } {
  const reducedMotion = useSyncExternalStore(subscribe, prefersReducedMotion, () => false)
  return { ...useContext(ChartPreferencesContext), reducedMotion }
}

/** The option as drawn: no animation when motion is reduced, decal patterns when asked for. */
export function withPreferences(
  option: ChartOption,
  { patterns, reducedMotion }: ChartPreferences & { reducedMotion: boolean },
): ChartOption {
  return {
    // A short entry animation: the chart reads as drawn sooner.
    animationDuration: 300,
    animationDurationUpdate: 300,
    ...option,
    animation: reducedMotion ? false : option.animation,
    // The chart host gives the accessible name itself; ECharts' aria is used for decals only.
    aria: { enabled: true, label: { enabled: false }, decal: { show: patterns } },
  }
}
