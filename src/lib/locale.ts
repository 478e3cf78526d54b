import type { LocalizedText } from '#src/domain/report-schema.ts'

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** BCP 47 tags for Intl and for the `lang` attribute. */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' }

export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale]
}
