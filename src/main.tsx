import { type DehydratedState, hydrate } from '@tanstack/react-query'
import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createQueryClient } from '#src/api/query-client.ts'
import { preloadPanels } from '#src/app/panel-components.tsx'
import { CHARTS } from '#src/catalogue/charts.ts'
import { preloadCharts } from '#src/components/chart/chart-host.tsx'
import { useMocks } from '#src/config/env.ts'
import { DashboardRoot } from '#src/prerender/dashboard-root.tsx'
import {
  EARLY_INPUT_KEY,
  type EarlyInput,
  isPrerenderedView,
  PRERENDER_ATTRIBUTE,
  PRERENDER_STATE_ID,
  STALE,
} from '#src/prerender/prerender-view.ts'
import '#src/app/app.css'

async function enableMocking() {
  // The literal DEV check lets the production build drop the mock code entirely.
  if (!import.meta.env.DEV || !useMocks) return
  const { worker } = await import('../mocks/browser.ts')
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
}

/**
 * The query cache the build prerendered #root from (scripts/vite-plugin-prerender.ts), when the
 * page holds a prerender and the URL asks for its view; null otherwise.
 */
function prerenderedState(): DehydratedState | null {
  const html = document.documentElement
  const marked = html.getAttribute(PRERENDER_ATTRIBUTE)
  if (marked === null) return null
  const json = document.getElementById(PRERENDER_STATE_ID)?.textContent
  if (marked !== STALE && isPrerenderedView(window.location.search) && json) {
    return JSON.parse(json) as DehydratedState
  }
  // Another view: drop the markup (hidden since before the first paint) and render afresh.
  document.getElementById('root')?.replaceChildren()
  html.removeAttribute(PRERENDER_ATTRIBUTE)
  return null
}

/**
 * Replays what the reader did on the prerendered page before the app took it over (kept by
 * prerender-boot.js): each click on the element it was made on, each select's choice as a change.
 */
function replayEarlyInput() {
  const take = (window as unknown as Record<string, unknown>)[EARLY_INPUT_KEY]
  if (typeof take !== 'function') return
  for (const { target, value } of (take as () => EarlyInput[])()) {
    if (!target.isConnected) continue
    if (value !== undefined && target instanceof HTMLSelectElement) {
      target.value = value
      target.dispatchEvent(new Event('change', { bubbles: true }))
    } else {
      target.dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true, view: window }),
      )
    }
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const queryClient = createQueryClient()
const state = prerenderedState()

if (state) {
  // Same tree, same data: React attaches to the prerendered markup instead of replacing it. As a
  // transition, hydration works in short slices, so the page answers input meanwhile (a click
  // before it is done hydrates what was clicked first).
  // The prerendered panels' code first: a panel still waiting for its code when the app
  // re-renders it (the system's theme, say) would be drawn afresh instead of hydrated.
  const prerendered = new Set(
    [...root.querySelectorAll<HTMLElement>('[data-panel]')].map((slot) => slot.dataset.panel),
  )
  void preloadPanels(CHARTS.filter((panel) => prerendered.has(panel.id))).finally(() => {
    hydrate(queryClient, state)
    startTransition(() => {
      hydrateRoot(root, <DashboardRoot queryClient={queryClient} onMounted={replayEarlyInput} />)
    })
  })
} else {
  void preloadCharts()
  enableMocking()
    .catch((error: unknown) => {
      // Without mocks the API calls fail, and each panel says so; the page itself still renders.
      console.warn('Mock Service Worker did not start:', error)
    })
    .finally(() => createRoot(root).render(<DashboardRoot queryClient={queryClient} />))
}
