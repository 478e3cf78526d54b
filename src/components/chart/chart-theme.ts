/** Colours for charts in each theme; option builders take one of these, never read the DOM. */
export type ChartPalette = {
  text: string
  muted: string
  axis: string
  split: string
  background: string
  series: readonly string[]
}

export const CHART_PALETTES: Record<'light' | 'dark', ChartPalette> = {
  light: {
    text: '#1a2230',
    muted: '#4f5b6d',
    axis: '#8a94a6',
    split: '#e3e7ee',
    background: '#ffffff',
    // Distinguishable in colour-blind simulations and ≥3:1 against white.
    series: ['#1f5fbf', '#c2410c', '#0f7b6c', '#8e44ad', '#a16207', '#be185d', '#475569'],
  },
  dark: {
    text: '#e6e9ef',
    muted: '#a9b2c1',
    axis: '#6b7588',
    split: '#2e3746',
    background: '#1a202b',
    series: ['#6ea8ff', '#ff9f5a', '#4fd1b5', '#c792ea', '#f2c14e', '#f47fb0', '#a3b1c6'],
  },
}
