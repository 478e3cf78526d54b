/**
 * Which URL the prerendered dashboard (index.html as built) is right for. The build renders one
 * view, the default: the first report, in Chinese, every category, the system theme, no patterns.
 * The page takes it over (hydrates) only at a URL that asks for exactly that view; at any other
 * URL the prerendered markup is hidden before the first paint and the app renders from scratch.
 */

/**
 * `<html data-prerender>` marks a built page whose #root holds the prerendered dashboard;
 * prerender-boot.js sets it to "stale" before the first paint when the URL asks for another view.
 */
export const PRERENDER_ATTRIBUTE = 'data-prerender'
export const STALE = 'stale'

/** The `<script type="application/json">` holding the query cache the prerender was made from. */
export const PRERENDER_STATE_ID = 'gk-prerender-state'

/**
 * True when `search` asks for the prerendered view: no parameter at all, or only `lang=zh`, the
 * default. Anything else (another language, report, filter, theme, patterns, or a parameter this
 * code does not know) may change the page, so it gets the app's own render. Self-contained (no
 * imports, no closure): the build also writes it into prerender-boot.js.
 */
export function isPrerenderedView(search: string): boolean {
  for (const [name, value] of new URLSearchParams(search)) {
    if (name !== 'lang' || value !== 'zh') return false
  }
  return true
}

/** `<script type="application/json">` in <head>: the app's module script and modulepreloads. */
export const APP_SCRIPTS_ID = 'gk-app-scripts'

export type AppScripts = { module: string; preload: string[] }

type BootNames = { attribute: string; stale: string; scripts: string; early: string }

/**
 * What the reader did on the prerendered page before the app took it over: a click on a button
 * or a chart, or a choice in a select. The app replays it once it has hydrated (see main.tsx).
 */
export type EarlyInput = { target: Element; value?: string }

/** The window property through which the app takes the early input (and stops its recording). */
export const EARLY_INPUT_KEY = '__gkTakeEarlyInput'

/**
 * Runs in the page as prerender-boot.js (see bootScript): self-contained. Marks the prerendered
 * markup stale before it is painted when the URL asks for another view, then loads the app: at
 * once for another view, and after the whole prerendered page has been painted for its own, so
 * that neither its first paint nor the style sheets wait behind the app's scripts.
 */
function boot(isView: (search: string) => boolean, names: BootNames) {
  const root = document.documentElement
  const stale = root.hasAttribute(names.attribute) && !isView(window.location.search)
  if (stale) root.setAttribute(names.attribute, names.stale)
  const json = document.getElementById(names.scripts)?.textContent
  if (!json) return
  const app: AppScripts = JSON.parse(json)
  const add = (element: HTMLLinkElement | HTMLScriptElement) => {
    element.crossOrigin = ''
    document.head.append(element)
  }
  const preload = () => {
    for (const href of app.preload) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.href = href
      add(link)
    }
  }
  const run = () => {
    const script = document.createElement('script')
    script.type = 'module'
    script.src = app.module
    add(script)
  }
  let loading = false
  const load = () => {
    if (loading) return
    loading = true
    preload()
    run()
  }
  if (stale) preload()
  else {
    // The page looks ready before it is: keep what the reader does until the app can answer,
    // and start loading it at once.
    const early: EarlyInput[] = []
    const record = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null
      const control = target?.closest('button, select, .chart-host')
      if (!target || !control?.closest('#root')) return
      if (event.type === 'change' && control instanceof HTMLSelectElement) {
        early.push({ target: control, value: control.value })
      } else if (event.type === 'click' && !(control instanceof HTMLSelectElement)) {
        early.push({ target })
      }
      load()
    }
    const types = ['click', 'change'] as const
    for (const type of types) document.addEventListener(type, record, true)
    for (const type of ['pointerdown', 'keydown', 'touchstart'] as const) {
      document.addEventListener(type, load, { capture: true, once: true, passive: true })
    }
    Object.defineProperty(window, names.early, {
      configurable: true,
      value: () => {
        for (const type of types) document.removeEventListener(type, record, true)
        return early.splice(0)
      },
    })
  }
  const parsed = () => {
    if (stale) run()
    else {
      // After the frame that paints the page; or soon anyway, as a hidden or occluded tab
      // paints no frame.
      requestAnimationFrame(() => setTimeout(load, 0))
      setTimeout(load, document.visibilityState === 'hidden' ? 0 : 500)
    }
  }
  // The module script runs once #root and the query cache after it are parsed.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', parsed, { once: true })
  } else parsed()
}

/**
 * prerender-boot.js, a classic script in <head> (the Content-Security-Policy allows no inline
 * script). Without JavaScript the page shows the prerendered (default) view whatever the URL asks.
 */
export function bootScript(): string {
  const names: BootNames = {
    attribute: PRERENDER_ATTRIBUTE,
    stale: STALE,
    scripts: APP_SCRIPTS_ID,
    early: EARLY_INPUT_KEY,
  }
  return `// Generated by scripts/vite-plugin-prerender.ts from src/prerender/prerender-view.ts.
;(${boot.toString()})(${isPrerenderedView.toString()}, ${JSON.stringify(names)})
`
}
