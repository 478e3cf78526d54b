import { CATEGORY_LABELS } from '../../../domain/categories.ts'
import { CATEGORIES, type Category } from '../../../domain/report-schema.ts'
import { type Locale, pick } from '../../../lib/locale.ts'
import { t } from '../../../lib/messages.ts'

type Props = {
  selected: readonly Category[]
  onChange: (next: Category[]) => void
  locale: Locale
}

/** Toggle buttons, several at once; none selected shows every category. */
export function CategoryFilter({ selected, onChange, locale }: Props) {
  const toggle = (category: Category) =>
    onChange(
      selected.includes(category)
        ? selected.filter((c) => c !== category)
        : [...selected, category],
    )
  return (
    <fieldset className="category-filter">
      <legend>{t('filterLegend', locale)}</legend>
      <button type="button" aria-pressed={selected.length === 0} onClick={() => onChange([])}>
        {t('allCategories', locale)}
      </button>
      {CATEGORIES.map((category) => (
        <button
          key={category}
          type="button"
          aria-pressed={selected.includes(category)}
          onClick={() => toggle(category)}
        >
          {pick(CATEGORY_LABELS[category], locale)}
        </button>
      ))}
    </fieldset>
  )
}
