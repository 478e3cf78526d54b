import { HttpResponse, http } from 'msw'
import {
  type BundledReport,
  categoryMetricsResponse,
  notFound,
  reportListResponse,
  reportSourceResponse,
} from '#src/contract/api-responses.ts'
import { DatasetError } from '#src/contract/load-bundle.ts'
import { CategorySchema } from '#src/domain/report-schema.ts'
import { getBundle } from './bundle.ts'

/** Matches the API under any origin and base path, e.g. http://localhost:5173/gk/api/. */
const api = (path: string) => `*/api/${path}`

function withBundle(respond: (bundle: BundledReport[]) => Response): Response {
  try {
    return respond(getBundle())
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    return HttpResponse.json(
      { error: { code: 'invalid-dataset', message: error.message } },
      { status: 500 },
    )
  }
}

function findReport(bundle: BundledReport[], file: string | readonly string[] | undefined) {
  const id = String(file ?? '').replace(/\.json$/, '')
  return bundle.find((entry) => entry.report.id === id)
}

const missingReport = (id: unknown) =>
  HttpResponse.json(notFound(`no report with id "${String(id).replace(/\.json$/, '')}"`), {
    status: 404,
  })

export const reportHandlers = [
  http.get(api('reports.json'), () =>
    withBundle((bundle) => HttpResponse.json(reportListResponse(bundle))),
  ),
  http.get(api('reports/:file'), ({ params }) =>
    withBundle((bundle) => {
      const entry = findReport(bundle, params.file)
      return entry ? HttpResponse.json(entry.report) : missingReport(params.file)
    }),
  ),
  http.get(api('reports/:reportId/source.json'), ({ params }) =>
    withBundle((bundle) => {
      const entry = findReport(bundle, params.reportId)
      return entry ? HttpResponse.json(reportSourceResponse(entry)) : missingReport(params.reportId)
    }),
  ),
  http.get(api('reports/:reportId/metrics/:file'), ({ params }) =>
    withBundle((bundle) => {
      const entry = findReport(bundle, params.reportId)
      if (!entry) return missingReport(params.reportId)
      const category = CategorySchema.safeParse(String(params.file).replace(/\.json$/, ''))
      if (!category.success) {
        return HttpResponse.json(notFound(`no category "${String(params.file)}"`), { status: 404 })
      }
      return HttpResponse.json(categoryMetricsResponse(entry.report, category.data))
    }),
  ),
]

export const handlers = [...reportHandlers]
