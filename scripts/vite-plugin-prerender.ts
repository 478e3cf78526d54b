import { join } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { createServer, createServerModuleRunner } from 'vite'
import { staticApiFiles } from '../src/contract/api-responses.ts'
import { bootScript } from '../src/prerender/prerender-view.ts'
import { BOOT_SCRIPT, lazyStyles, withPrerender } from './vite-plugin-prerender-html.ts'
import { readBundle } from './vite-plugin-static-api.ts'

const ROOT = join(import.meta.dirname, '..')
const NO_CSS = '\0gk-prerender-no-css'

/** The server render needs no styles: every CSS import loads as an empty module. */
const skipCss: Plugin = {
  name: 'gk-prerender-skip-css',
  enforce: 'pre',
  resolveId: (source) => (/\.css(\?|$)/.test(source) ? NO_CSS : null),
  load: (id) => (id === NO_CSS ? 'export {}' : null),
}

type RenderModule = typeof import('../src/prerender/render-dashboard.tsx')

/**
 * Prerenders the dashboard's default view into index.html at build time: React's server render
 * of the real app (src/prerender/render-dashboard.tsx, loaded through Vite's module runner) from
 * the same API responses the build writes under api/, with every chart drawn as SVG by ECharts'
 * server renderer. The page shows the charts on its first paint; src/main.tsx hydrates it with
 * the query cache written next to it. prerender-boot.js hides the markup before the first paint
 * at a URL that asks for another view, and loads the app. With VITE_API_BASE_URL set the figures come from a live
 * API, which the build cannot know, so index.html stays empty as before.
 */
export function prerenderDashboard(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'gk-prerender-dashboard',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    generateBundle() {
      if (config.env.VITE_API_BASE_URL) return
      this.emitFile({ type: 'asset', fileName: BOOT_SCRIPT, source: bootScript() })
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (config.env.VITE_API_BASE_URL || !context.path.endsWith('/index.html')) return html
        const api = new Map(
          [...staticApiFiles(readBundle())].map(([path, body]) => [path, JSON.stringify(body)]),
        )
        // A server of its own, kept until the render is done: code-split panels load during it.
        const server = await createServer({
          configFile: false,
          root: ROOT,
          logLevel: 'error',
          mode: config.mode,
          plugins: [skipCss],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        })
        try {
          const runner = createServerModuleRunner(server.environments.ssr, { hmr: false })
          const module: RenderModule = await runner.import(
            join(ROOT, 'src/prerender/render-dashboard.tsx'),
          )
          const page = await module.prerenderDashboard(api)
          // Links the app makes absolute from the page's address, relative to the page (it may be
          // hosted under any path); the same address, so hydration leaves them as they are.
          const markup = page.html.replaceAll(module.PRERENDER_BASE, './')
          return withPrerender(html, markup, page.state, lazyStyles(context.bundle, context.chunk))
        } finally {
          await server.close()
        }
      },
    },
  }
}
