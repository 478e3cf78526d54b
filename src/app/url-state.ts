import { useCallback, useSyncExternalStore } from 'react'
import { LOCALES, type Locale } from '../lib/locale.ts'

/**
 * View state lives in the query string so that a link reproduces the view and back/forward work.
 * Only known values are accepted; anything else falls back to the default.
 */
const CHANGE = 'gk:urlchange'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

const getSearch = () => window.location.search

export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  return new URLSearchParams(search)
}

/** Replaces or removes parameters and pushes one history entry. */
export function setSearchParams(changes: Record<string, string | null>) {
  const url = new URL(window.location.href)
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(name)
    else url.searchParams.set(name, value)
  }
  if (url.href === window.location.href) return
  window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(CHANGE))
}

export function parseLocale(value: string | null): Locale {
  return LOCALES.find((locale) => locale === value) ?? 'zh'
}

export function useLocale(): [Locale, (next: Locale) => void] {
  const locale = parseLocale(useSearchParams().get('lang'))
  const setLocale = useCallback((next: Locale) => {
    setSearchParams({ lang: next === 'zh' ? null : next })
  }, [])
  return [locale, setLocale]
}
