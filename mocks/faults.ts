import { delay, HttpResponse, http } from 'msw'
import { REQUEST_TIMEOUT_MS } from '#src/api/api-client.ts'
import { getBundle } from './bundle.ts'

/**
 * Failures the API will have some day, to try the dashboard against. In development pick one with
 * the page URL: `?mock=<fault>` (every endpoint), `&mock-scope=<category|report|list|source>`
 * (one endpoint kind), `&mock-once` (the fault happens once, so Retry recovers).
 */
export const FAULTS = [
  'server-error',
  'not-found',
  'network',
  'slow',
  'malformed',
  'schema',
  'empty',
] as const
export type Fault = (typeof FAULTS)[number]

/** Which endpoints a fault hits: one category's figures, the report, the list or the text. */
export type FaultScope = 'all' | 'report' | 'list' | 'source' | string

const PATHS: Record<string, string> = {
  list: '*/api/reports.json',
  report: '*/api/reports/:file',
  source: '*/api/reports/:reportId/source.json',
  categories: '*/api/reports/:reportId/metrics/:file',
}

function paths(scope: FaultScope): string[] {
  if (scope === 'all') return Object.values(PATHS)
  const known = PATHS[scope]
  if (known) return [known]
  return [`*/api/reports/:reportId/metrics/${scope}.json`]
}

async function respond(fault: Fault, path: string): Promise<Response> {
  switch (fault) {
    case 'server-error':
      return HttpResponse.json(
        { error: { code: 'not-found', message: 'mocked server error' } },
        { status: 500, statusText: 'Internal Server Error' },
      )
    case 'not-found':
      return HttpResponse.json(
        { error: { code: 'not-found', message: 'mocked: no such resource' } },
        { status: 404, statusText: 'Not Found' },
      )
    case 'network':
      return HttpResponse.error()
    case 'slow':
      await delay(REQUEST_TIMEOUT_MS + 2_000)
      return HttpResponse.json(
        { error: { code: 'not-found', message: 'too late' } },
        { status: 504 },
      )
    case 'malformed':
      return new HttpResponse('{"reports": [', { headers: { 'Content-Type': 'application/json' } })
    case 'schema':
      return HttpResponse.json({ unexpected: true, metrics: 'none' })
    case 'empty':
      if (path === PATHS.list) return HttpResponse.json({ reports: [] })
      if (path === PATHS.source)
        return HttpResponse.json({ reportId: 'wuzhong-psb-2018', lines: [] })
      if (path === PATHS.report) {
        const report = getBundle()[0]?.report
        return HttpResponse.json({ ...report, metrics: [], rules: [] })
      }
      return HttpResponse.json({ reportId: 'wuzhong-psb-2018', category: 'proactive', metrics: [] })
  }
}

/** Handlers that answer `scope`'s endpoints with `fault`; put them before the normal handlers. */
export function faultHandlers(fault: Fault, scope: FaultScope = 'all', once = false) {
  return paths(scope).map((path) =>
    http.get(
      path,
      ({ request }) => {
        const category = /\/metrics\/([a-z-]+)\.json$/.exec(new URL(request.url).pathname)?.[1]
        if (fault === 'empty' && category) {
          return HttpResponse.json({ reportId: 'wuzhong-psb-2018', category, metrics: [] })
        }
        return respond(fault, path)
      },
      { once },
    ),
  )
}

/** The fault the page URL asks for, or none. */
export function faultFromUrl(search: string) {
  const params = new URLSearchParams(search)
  const fault = FAULTS.find((name) => name === params.get('mock'))
  if (!fault) return []
  return faultHandlers(fault, params.get('mock-scope') ?? 'all', params.has('mock-once'))
}
