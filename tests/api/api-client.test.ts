import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { ApiError } from '#src/api/api-client.ts'
import { getReport } from '#src/api/get-report.ts'
import { server } from '../../mocks/node.ts'
import { REPORT_ID, rawReport } from '../fixtures/report.ts'

const REPORT_URL = `*/api/reports/${REPORT_ID}.json`

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('the API client', () => {
  it('returns the report, parsed, from the mocked API', async () => {
    const report = await getReport(REPORT_ID)
    expect(report.meta.agency.zh).toBe('吴忠市公安局')
    expect(report.metrics.find((metric) => metric.id === 'proactive.total')?.value).toBe(2475)
  })

  it('names the HTTP status and the API’s message for an unknown report', async () => {
    const error = await failure(getReport('no-such-report'))
    expect(error.kind).toBe('http')
    expect(error.message).toBe('HTTP 404 Not Found: no report with id "no-such-report"')
  })

  it('reports a server error by its status', async () => {
    server.use(http.get(REPORT_URL, () => new HttpResponse('oops', { status: 500 })))
    const error = await failure(getReport(REPORT_ID))
    expect(error).toMatchObject({ kind: 'http', status: 500 })
    expect(error.message).toMatch(/^HTTP 500/)
  })

  it('reports a body that is not JSON', async () => {
    server.use(http.get(REPORT_URL, () => new HttpResponse('{"meta": ', { status: 200 })))
    const error = await failure(getReport(REPORT_ID))
    expect(error).toMatchObject({ kind: 'not-json', message: 'The response is not valid JSON' })
  })

  it('names the field path, the metric id and the reason when a response breaks the schema', async () => {
    const broken = rawReport()
    const metrics = broken.metrics as Array<Record<string, unknown>>
    const index = metrics.findIndex((metric) => metric.id === 'proactive.channel.weibo')
    metrics[index] = { ...metrics[index], value: 'lots' }
    server.use(http.get(REPORT_URL, () => HttpResponse.json(broken)))

    const error = await failure(getReport(REPORT_ID))
    expect(error.kind).toBe('invalid')
    expect(error.message).toBe('The response does not match the API contract')
    expect(error.details).toEqual([
      `metrics[${index}].value (proactive.channel.weibo): Invalid input: expected number, received string`,
    ])
  })

  it('reports a network failure', async () => {
    server.use(http.get(REPORT_URL, () => HttpResponse.error()))
    const error = await failure(getReport(REPORT_ID))
    expect(error).toMatchObject({ kind: 'network', message: 'The network request failed' })
  })
})
