// Runs before the embed page paints (a separate file, so a strict Content-Security-Policy can
// allow it): applies ?lang, ?theme and ?title so the matching prerendered chart shows at once.
;(() => {
  const params = new URLSearchParams(window.location.search)
  const root = document.documentElement
  const lang = params.get('lang')
  const theme = params.get('theme')
  if (lang === 'zh' || lang === 'en') root.dataset.lang = lang
  if (lang === 'en') root.lang = 'en'
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme
  if (params.get('title') === '0') root.dataset.title = 'off'
})()
