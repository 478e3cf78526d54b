import { CATEGORY_LABELS } from '#src/domain/categories.ts'
import type { Category } from '#src/domain/report-schema.ts'
import { GalleryLink } from '#src/features/embed-code/components/gallery-link.tsx'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { ThemeSwitch } from './theme-switch.tsx'

type Props = {
  locale: Locale
  onLocale: (next: Locale) => void
  themeChoice: ThemeChoice
  onTheme: (next: ThemeChoice) => void
  categories: readonly Category[]
  patterns: boolean
  onPatterns: (next: boolean) => void
}

export function AppBar(props: Props) {
  const { locale, onLocale, themeChoice, onTheme, categories, patterns, onPatterns } = props
  const filter =
    categories.length === 0
      ? t('allCategories', locale)
      : categories
          .map((category) => pick(CATEGORY_LABELS[category], locale))
          .join(locale === 'zh' ? '、' : ', ')
  return (
    <header className="app-bar">
      <h1>{t('appTitle', locale)}</h1>
      <p className="print-only">
        {t('filterLegend', locale)}: {filter}
      </p>
      <div className="app-bar-controls">
        <GalleryLink locale={locale} theme={themeChoice} />
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('print', locale)}
        </button>
        <button
          type="button"
          className="print-button"
          aria-pressed={patterns}
          onClick={() => onPatterns(!patterns)}
        >
          {t('patterns', locale)}
        </button>
        <ThemeSwitch choice={themeChoice} onChange={onTheme} locale={locale} />
        <button
          type="button"
          className="lang-toggle"
          lang={locale === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('switchLanguageLabel', locale)}
          onClick={() => onLocale(locale === 'zh' ? 'en' : 'zh')}
        >
          {t('switchLanguage', locale)}
        </button>
      </div>
    </header>
  )
}
