import { useEffect, useRef, useState } from 'react'
import { CATEGORY_LABELS } from '#src/domain/categories.ts'
import { CATEGORIES, type Category } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { afterNextPaint } from '../after-next-paint.ts'

type Props = {
  selected: readonly Category[]
  onChange: (next: Category[]) => void
  locale: Locale
}

/**
 * Toggle buttons, several at once; none selected shows every category. A click presses the button
 * in the next frame; the filter itself (the URL, then every panel) follows once that frame is on
 * screen, so the page answers the click at once however much the filter changes. Each click
 * still makes its own history entry, in order.
 */
export function CategoryFilter({ selected, onChange, locale }: Props) {
  const [pending, setPending] = useState<readonly Category[] | null>(null)
  const scheduled = useRef(0)
  const generation = useRef(0)
  const shown = pending ?? selected

  useEffect(() => {
    // Back or forward while a click still waits for its frame: the entry the reader moved to
    // wins, and the waiting change is dropped (it would push over it and lose the forward entry).
    const cancel = () => {
      generation.current += 1
      scheduled.current = 0
      setPending(null)
    }
    window.addEventListener('popstate', cancel)
    return () => window.removeEventListener('popstate', cancel)
  }, [])

  const change = (next: Category[]) => {
    setPending(next)
    scheduled.current += 1
    const at = generation.current
    afterNextPaint(() => {
      if (at !== generation.current) return
      onChange(next)
      scheduled.current -= 1
      if (scheduled.current === 0) setPending(null)
    })
  }
  const toggle = (category: Category) =>
    change(shown.includes(category) ? shown.filter((c) => c !== category) : [...shown, category])
  return (
    <fieldset className="category-filter">
      <legend>{t('filterLegend', locale)}</legend>
      <button type="button" aria-pressed={shown.length === 0} onClick={() => change([])}>
        {t('allCategories', locale)}
      </button>
      {CATEGORIES.map((category) => (
        <button
          key={category}
          type="button"
          aria-pressed={shown.includes(category)}
          onClick={() => toggle(category)}
        >
          {pick(CATEGORY_LABELS[category], locale)}
        </button>
      ))}
    </fieldset>
  )
}
