import { CATEGORIES, type Category } from '#src/domain/category-ids.ts'
import { LOCALES, type Locale } from './locale.ts'

/**
 * Parsers of the view parameters shared by the dashboard and the embeds (`lang`, `theme`, `cat`).
 * No React here: the embed page uses them without loading the dashboard.
 */
export const THEMES = ['light', 'dark'] as const
export type ThemeChoice = (typeof THEMES)[number] | 'system'

export function parseLocale(value: string | null): Locale {
  return LOCALES.find((locale) => locale === value) ?? 'zh'
}

export function parseTheme(value: string | null): ThemeChoice {
  return THEMES.find((theme) => theme === value) ?? 'system'
}

/** Selected categories from `a,b`; unknown names are dropped; empty means all. */
export function parseCategories(value: string | null): Category[] {
  const names = new Set((value ?? '').split(','))
  return CATEGORIES.filter((category) => names.has(category))
}
