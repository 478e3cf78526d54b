import { useEffect, useId, useState } from 'react'
import { EMBED_CHARTS } from '#src/catalogue/charts.ts'
import type { EmbedChart } from '#src/components/panel/chart-description.ts'
import { EmbedCode, type EmbedOptions } from '#src/features/embed-code/components/embed-code.tsx'
import { embedPath, frameHeight } from '#src/features/embed-code/snippet.ts'
import { LANGUAGE_TAG, type Locale } from '#src/lib/locale.ts'
import { parseLocale, parseTheme, type ThemeChoice } from '#src/lib/view-params.ts'
import { galleryLabel } from './labels.ts'

/** `?lang` and `?theme` of a page next to the gallery (index.html, gallery.html). */
function pageHref(page: string, locale: Locale, theme: ThemeChoice) {
  const query = new URLSearchParams()
  if (locale !== 'zh') query.set('lang', locale)
  if (theme !== 'system') query.set('theme', theme)
  const search = query.toString()
  return `${page}${search ? `?${search}` : ''}`
}

/** Every embeddable chart with a live preview, its snippet and a copy button. */
export function Gallery() {
  const params = new URLSearchParams(window.location.search)
  const locale = parseLocale(params.get('lang'))
  const theme = parseTheme(params.get('theme'))
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  const listId = useId()

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale]
    document.title = galleryLabel('documentTitle', locale)
    if (theme === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [locale, theme])

  return (
    <div className="app">
      <header className="app-bar">
        <h1>{galleryLabel('title', locale)}</h1>
        <div className="app-bar-controls">
          <a className="gallery-nav" href={pageHref('index.html', locale, theme)}>
            {galleryLabel('dashboard', locale)}
          </a>
          <a
            className="lang-toggle"
            href={pageHref('gallery.html', other, theme)}
            lang={LANGUAGE_TAG[other]}
            aria-label={galleryLabel('switchLanguageLabel', locale)}
          >
            {galleryLabel('switchLanguage', locale)}
          </a>
        </div>
      </header>
      <main className="gallery">
        <div className="gallery-intro">
          <p>{galleryLabel('intro', locale)}</p>
          <p>
            <a href="embeds.json" type="application/json">
              {galleryLabel('catalogue', locale)}
            </a>
          </p>
        </div>
        <h2 id={listId} className="gallery-list-heading">
          {galleryLabel('charts', locale)}
        </h2>
        <ul className="gallery-list" aria-labelledby={listId}>
          {EMBED_CHARTS.map((chart) => (
            <li key={chart.id}>
              <GalleryCard chart={chart} locale={locale} theme={theme} />
            </li>
          ))}
        </ul>
      </main>
    </div>
  )
}

function GalleryCard({
  chart,
  locale,
  theme,
}: {
  chart: EmbedChart
  locale: Locale
  theme: ThemeChoice
}) {
  const headingId = useId()
  const [options, setOptions] = useState<EmbedOptions>({ locale, theme, title: true })
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  return (
    <article className="panel gallery-card" aria-labelledby={headingId}>
      <header className="gallery-card-header">
        <h3 id={headingId}>{chart.title[locale]}</h3>
        <p lang={LANGUAGE_TAG[other]}>{chart.title[other]}</p>
        <p>
          {galleryLabel('chartId', locale)}: <code>{chart.id}</code>
        </p>
      </header>
      <iframe
        className="gallery-preview"
        src={embedPath(chart, options)}
        title={galleryLabel('preview', locale, { title: chart.title[options.locale] })}
        data-gk-embed=""
        height={frameHeight(chart)}
        loading="lazy"
      />
      <EmbedCode chart={chart} locale={locale} options={options} onOptionsChange={setOptions} />
    </article>
  )
}
