import type { OutputBundle, OutputChunk } from 'rolldown'
import {
  APP_SCRIPTS_ID,
  type AppScripts,
  PRERENDER_ATTRIBUTE,
  PRERENDER_STATE_ID,
} from '../src/prerender/prerender-view.ts'

/** The classic script in <head> that checks the URL and loads the app (prerender-view.ts). */
export const BOOT_SCRIPT = 'prerender-boot.js'

/** The id given to the first prerendered chart box: the first paint waits for it. */
const FIRST_CHART_ID = 'gk-first-chart'

/** `</script>` and `<!--` cannot end or confuse the JSON's script element once `<` is escaped. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

function replaceOnce(html: string, search: string | RegExp, replacement: string): string {
  const next = html.replace(search, replacement)
  if (next === html) throw new Error(`prerender: index.html has no ${String(search)}`)
  return next
}

/** Removes every match of `pattern` from `html`, returning the html and the first groups. */
function takeAll(html: string, pattern: RegExp): [string, string[]] {
  const found = [...html.matchAll(pattern)].map((match) => match[1] ?? '')
  return [html.replace(new RegExp(`\\s*(?:${pattern.source})`, 'g'), ''), found]
}

/**
 * index.html with the prerendered markup in #root and its query cache, and prerender-boot.js in
 * place of Vite's module script and modulepreload links: the first paint waits for the style
 * sheets and the boot script only, and the boot script loads the app (see prerender-view.ts).
 */
export function withPrerender(
  html: string,
  markup: string,
  state: unknown,
  lazyCss: readonly string[] = [],
): string {
  const tagged = replaceOnce(
    html,
    /<html lang="zh-CN"/,
    `<html lang="zh-CN" ${PRERENDER_ATTRIBUTE}`,
  )
  const [unstyled, styles] = takeAll(tagged, /(<link rel="stylesheet"[^>]*>)/g)
  const [unscripted, modules] = takeAll(
    unstyled,
    /<script type="module" crossorigin src="([^"]+)"><\/script>/g,
  )
  const [bare, preload] = takeAll(
    unscripted,
    /<link rel="modulepreload" crossorigin href="([^"]+)">/g,
  )
  const [module, ...others] = modules
  if (!module || others.length > 0) throw new Error('prerender: index.html needs one module script')
  const app: AppScripts = { module, preload }
  const head = [
    ...styles,
    ...lazyCss
      .filter((href) => !styles.some((link) => link.includes(`"./${href}"`)))
      .map((href) => `<link rel="stylesheet" crossorigin href="./${href}">`),
    // No paint of a half-parsed first screen (an app bar or the headline grid still filling up,
    // then moving): the first paint waits until the markup is parsed up to the first chart.
    `<link rel="expect" href="#${FIRST_CHART_ID}" blocking="render">`,
    `<script type="application/json" id="${APP_SCRIPTS_ID}">${jsonForScript(app)}</script>`,
    `<script src="./${BOOT_SCRIPT}"></script>`,
  ]
  const scheme = '<meta name="color-scheme" content="light dark" />'
  const headed = replaceOnce(bare, scheme, `${scheme}\n    ${head.join('\n    ')}`)
  // An id React does not know about: hydration leaves attributes it does not render alone.
  const marked = replaceOnce(
    markup,
    '<div class="chart-host"',
    `<div id="${FIRST_CHART_ID}" class="chart-host"`,
  )
  const out = replaceOnce(headed, '<div id="root"></div>', `<div id="root">${marked}</div>`)
  const json = `<script type="application/json" id="${PRERENDER_STATE_ID}">${jsonForScript(state)}</script>`
  return replaceOnce(out, '</body>', `${json}\n  </body>`)
}

/**
 * Style sheets of the code-split chunks the page may render (React.lazy panels), which Vite would
 * add only when their code loads: a prerendered panel of such a chunk needs them at first paint.
 * Vite's loader finds them in the page then and adds them no second time.
 */
export function lazyStyles(bundle?: OutputBundle, entry?: OutputChunk): string[] {
  if (!bundle || !entry) return []
  const chunks = new Map(
    Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item]] : [])),
  )
  const found = new Set<string>()
  const seen = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || seen.has(fileName)) return
    seen.add(fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) found.add(css)
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next)
  }
  for (const next of [...entry.imports, ...entry.dynamicImports]) visit(next)
  return [...found].sort()
}

/** The style sheets a built page links (paths relative to it): what its first paint waits for. */
export function linkedStyleSheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  )
}
