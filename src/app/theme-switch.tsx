import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { parseTheme, type ThemeChoice } from '#src/lib/view-params.ts'

const CHOICES = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
] as const

export function ThemeSwitch({
  choice,
  onChange,
  locale,
}: {
  choice: ThemeChoice
  onChange: (next: ThemeChoice) => void
  locale: Locale
}) {
  return (
    <label className="theme-switch">
      <span>{t('themeLabel', locale)}</span>
      <select value={choice} onChange={(event) => onChange(parseTheme(event.target.value))}>
        {CHOICES.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key, locale)}
          </option>
        ))}
      </select>
    </label>
  )
}
