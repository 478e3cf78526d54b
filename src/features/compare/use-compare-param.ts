import { useCallback } from 'react'
import { setSearchParams, useSearchParams } from '#src/lib/url-state.ts'

/** The report to compare with, kept in the URL (`?compare=<id>`); null when none is chosen. */
export function useCompareParam(): [string | null, (next: string | null) => void] {
  const requested = useSearchParams().get('compare') || null
  const setCompare = useCallback((next: string | null) => {
    setSearchParams({ compare: next || null })
  }, [])
  return [requested, setCompare]
}
