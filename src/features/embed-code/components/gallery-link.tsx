import type { Locale } from '#src/lib/locale.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { embedCodeLabel } from '../labels.ts'
import '../embed-code.css'

/** gallery.html next to the dashboard, in the dashboard's language and theme. */
export function galleryHref(locale: Locale, theme: ThemeChoice): string {
  const query = new URLSearchParams()
  if (locale !== 'zh') query.set('lang', locale)
  if (theme !== 'system') query.set('theme', theme)
  const search = query.toString()
  return `gallery.html${search ? `?${search}` : ''}`
}

export function GalleryLink({ locale, theme }: { locale: Locale; theme: ThemeChoice }) {
  return (
    <a className="gallery-link" href={galleryHref(locale, theme)}>
      {embedCodeLabel('gallery', locale)}
    </a>
  )
}
