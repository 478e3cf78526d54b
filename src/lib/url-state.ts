import { useCallback, useSyncExternalStore } from 'react'
import { CATEGORIES, type Category } from '#src/domain/report-schema.ts'
import type { Locale } from './locale.ts'
import { parseCategories, parseLocale, parseTheme, type ThemeChoice } from './view-params.ts'

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

export function useLocale(): [Locale, (next: Locale) => void] {
  const locale = parseLocale(useSearchParams().get('lang'))
  const setLocale = useCallback((next: Locale) => {
    setSearchParams({ lang: next === 'zh' ? null : next })
  }, [])
  return [locale, setLocale]
}

export function useThemeChoice(): [ThemeChoice, (next: ThemeChoice) => void] {
  const theme = parseTheme(useSearchParams().get('theme'))
  const setTheme = useCallback((next: ThemeChoice) => {
    setSearchParams({ theme: next === 'system' ? null : next })
  }, [])
  return [theme, setTheme]
}

export function useCategoryFilter(): [Category[], (next: Category[]) => void] {
  const categories = parseCategories(useSearchParams().get('cat'))
  const setCategories = useCallback((next: Category[]) => {
    const ordered = CATEGORIES.filter((category) => next.includes(category))
    setSearchParams({ cat: ordered.length === 0 ? null : ordered.join(',') })
  }, [])
  return [categories, setCategories]
}

/** Decal patterns on charts (`?patterns=1`), for readers who do not tell colours apart. */
export function usePatterns(): [boolean, (next: boolean) => void] {
  const patterns = useSearchParams().get('patterns') === '1'
  const setPatterns = useCallback((next: boolean) => {
    setSearchParams({ patterns: next ? '1' : null })
  }, [])
  return [patterns, setPatterns]
}

/** The report asked for in the URL (`?report=<id>`); null asks for the default one. */
export function useReportParam(): [string | null, (next: string) => void] {
  const requested = useSearchParams().get('report')
  const setReport = useCallback((next: string) => {
    setSearchParams({ report: next })
  }, [])
  return [requested, setReport]
}
