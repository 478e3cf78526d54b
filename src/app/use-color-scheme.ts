import { useSyncExternalStore } from 'react'
import type { ThemeChoice } from '#src/lib/view-params.ts'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {}
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

const systemIsDark = () =>
  typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches

/** The theme in effect: the user's choice, or the system's when they chose none. */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false)
  if (choice !== 'system') return choice
  return dark ? 'dark' : 'light'
}
