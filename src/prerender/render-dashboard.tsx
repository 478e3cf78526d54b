import { type DehydratedState, dehydrate, type QueryClient, skipToken } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { createQueryClient } from '#src/api/query-client.ts'
import {
  OPTION_KEY_ATTRIBUTE,
  optionKey,
  PRERENDER_CLASS,
  type PrerenderRequest,
} from '#src/components/chart/chart-prerender.ts'
import { renderFittedSvg } from '#src/components/chart/render-svg.ts'
import { apiBaseUrl } from '#src/config/env.ts'
import { DashboardRoot } from './dashboard-root.tsx'

/**
 * Width the prerendered charts are drawn at: a dashboard column in a 1366–1920 px wide window
 * (380 px). In other windows the SVG scales to its box until ECharts redraws it at the box's size.
 */
export const PRERENDER_CHART_WIDTH = 380

/** Render passes allowed to discover queries (list → report → its panels' queries). */
const MAX_PASSES = 8

export type PrerenderedDashboard = {
  /** The markup of #root. */
  html: string
  /** The query cache the markup was rendered from, for the browser to hydrate with. */
  state: DehydratedState
  /** How many charts the markup holds. */
  charts: number
}

/**
 * Build time only: renders the dashboard's default view (see prerender-view.ts) to HTML with
 * React's server renderer, from the real components and the API's responses (`api`: path under
 * api/ → body, as the build writes them). Queries are found by rendering: each pass fetches what
 * the last one asked for, until a pass asks for nothing new. Charts are drawn as SVG in the light
 * and the dark palette (a second render at `?theme=dark`); app.css shows the system's.
 */
export async function prerenderDashboard(api: ReadonlyMap<string, string>) {
  const queryClient = createQueryClient()
  try {
    for (let pass = 0; ; pass++) {
      await atSearch('', () => renderHtml(<DashboardRoot queryClient={queryClient} />))
      const pending = queryClient
        .getQueryCache()
        .getAll()
        // A query whose function is skipToken waits for the reader; the browser leaves it too.
        .filter((query) => query.state.status === 'pending' && query.options.queryFn !== skipToken)
      if (pending.length === 0) break
      if (pass === MAX_PASSES) throw new Error('prerender: queries keep appearing after 8 passes')
      await withApi(api, () => Promise.all(pending.map((query) => query.fetch().catch(() => {}))))
      const failed = queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.status === 'error')
      if (failed.length > 0) {
        const what = failed.map((q) => `${JSON.stringify(q.queryKey)}: ${q.state.error?.message}`)
        throw new Error(`prerender: ${what.join('; ')}`)
      }
    }
    const dark = await renderCharts(queryClient, '?theme=dark', 'dark')
    const light = await renderCharts(queryClient, '', 'light', dark)
    if (light.svgs.length === 0) throw new Error('prerender: the default view drew no chart')
    if (light.svgs.every((svg, i) => svg === dark.svgs[i])) {
      throw new Error('prerender: the render at ?theme=dark drew the light palette')
    }
    const state = dehydrate(queryClient)
    return { html: light.html, state, charts: light.svgs.length } satisfies PrerenderedDashboard
  } finally {
    queryClient.clear()
  }
}

type Rendered = { html: string; svgs: string[]; labels: string[] }

/**
 * One render with every chart drawn in `theme`'s palette. With `other` (the other theme's render of
 * the same page), each chart box holds both SVGs, the nth chart's next to the nth of `other`.
 */
async function renderCharts(
  queryClient: QueryClient,
  search: string,
  theme: 'light' | 'dark',
  other?: Rendered,
): Promise<Rendered> {
  const svgs: string[] = []
  const labels: string[] = []
  const prerenderChart = ({ option, height, label }: PrerenderRequest) => {
    const index = svgs.length
    const svg = renderFittedSvg(option, PRERENDER_CHART_WIDTH, height, {
      class: PRERENDER_CLASS[theme],
      [OPTION_KEY_ATTRIBUTE]: optionKey(option),
    })
    svgs.push(svg)
    labels.push(label)
    if (!other) return svg
    if (other.labels[index] !== label) {
      throw new Error(`prerender: chart ${index + 1} differs between the light and dark renders`)
    }
    return svg + (other.svgs[index] ?? '')
  }
  const html = await atSearch(search, () =>
    renderHtml(<DashboardRoot queryClient={queryClient} prerenderChart={prerenderChart} />),
  )
  if (other && other.svgs.length !== svgs.length) {
    throw new Error('prerender: the light and dark renders hold different numbers of charts')
  }
  return { html, svgs, labels }
}

/**
 * React's static render: it waits for code-split components (React.lazy) to load, so the markup
 * holds every panel, each Suspense boundary complete and in place. The page's policy allows no
 * inline script, so markup that needs one (a boundary left to the client) fails the build.
 */
async function renderHtml(element: ReactNode): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerender(element, {
    onError: (error) => void errors.push(error),
    // Never move a large boundary's content to the end of the page behind an inline script.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  if (errors.length > 0) throw errors[0]
  const html = await new Response(prelude).text()
  if (/<script|<template|<!--\$[!?]/.test(html)) {
    throw new Error('prerender: React left part of the page to the browser (a suspended boundary)')
  }
  return html
}

type Globals = { window?: unknown; document?: unknown; fetch: typeof fetch }
const globals = globalThis as unknown as Globals

/**
 * The page's address during the build's render: links the app makes absolute from
 * `document.baseURI` start with it, and the plugin writes them relative to the page.
 */
export const PRERENDER_BASE = 'http://prerender.invalid/'

/**
 * The page's base for the app's links, and no canvas: ECharts, finding a `document`, asks it for
 * one to measure text with, and estimates text widths without one, as in the embed pages' build.
 */
const standInDocument = {
  baseURI: PRERENDER_BASE,
  createElement: () => ({ getContext: () => null }),
}

/**
 * Runs `work` with the page's URL query set to `search`. In Node (the build) the app reads the
 * URL from a stand-in `window.location` and its base from a stand-in `document.baseURI`; in a
 * DOM (tests) the real location is set for the length of the work.
 */
async function atSearch<T>(search: string, work: () => Promise<T>): Promise<T> {
  if (globals.window !== undefined) {
    const before = window.location.href
    window.history.replaceState(null, '', search || window.location.pathname)
    try {
      return await work()
    } finally {
      window.history.replaceState(null, '', before)
    }
  }
  globals.window = { location: { search } }
  globals.document = standInDocument
  try {
    return await work()
  } finally {
    delete globals.window
    delete globals.document
  }
}

/** Answers the app's API requests from `api` while `work` runs. */
async function withApi<T>(api: ReadonlyMap<string, string>, work: () => Promise<T>): Promise<T> {
  const realFetch = globals.fetch
  const ownDocument = globals.document === undefined
  if (ownDocument) globals.document = standInDocument
  const base = apiBaseUrl()
  globals.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input)
    const body = url.startsWith(base) ? api.get(url.slice(base.length)) : undefined
    return body === undefined
      ? new Response('{"error":{"message":"not in the build"}}', { status: 404 })
      : new Response(body, { headers: { 'Content-Type': 'application/json' } })
  }
  try {
    return await work()
  } finally {
    globals.fetch = realFetch
    if (ownDocument) delete globals.document
  }
}
