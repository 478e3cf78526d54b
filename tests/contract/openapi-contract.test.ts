import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { apiPaths } from '#src/contract/api-paths.ts'
import { staticApiFiles } from '#src/contract/api-responses.ts'
import { CATEGORIES } from '#src/domain/report-schema.ts'
import { buildOpenApiDocument } from '../../scripts/openapi.ts'
import { readBundle } from '../../scripts/vite-plugin-static-api.ts'

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/openapi.json'), 'utf8'),
)

type Operation = { responses: Record<string, { content: Record<string, { schema: unknown }> }> }

/** A validator for the response of `template` (an OpenAPI path) with `status`. */
function validatorFor(template: string, status: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  ajv.addSchema(committed, 'openapi.json')
  const operation: Operation = committed.paths[template].get
  const schema = operation.responses[status]?.content['application/json']?.schema
  if (!schema) throw new Error(`the contract has no ${status} response for ${template}`)
  const ref = (schema as { $ref: string }).$ref.replace('#', 'openapi.json#')
  const validate = ajv.getSchema(ref)
  if (!validate) throw new Error(`cannot resolve ${ref}`)
  return (body: unknown) =>
    validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

async function getJson(path: string) {
  const response = await fetch(new URL(path, 'http://localhost/api/'))
  return { status: response.status, body: await response.json() }
}

const REPORT_IDS = readBundle().map(({ report }) => report.id)
const REPORT_ID = REPORT_IDS[0] ?? 'missing'

const endpoints = [
  { template: '/reports.json', path: apiPaths.reportList() },
  ...REPORT_IDS.flatMap((id) => [
    { template: '/reports/{reportId}.json', path: apiPaths.report(id) },
    { template: '/reports/{reportId}/source.json', path: apiPaths.reportSource(id) },
    ...CATEGORIES.map((category) => ({
      template: '/reports/{reportId}/metrics/{category}.json',
      path: apiPaths.categoryMetrics(id, category),
    })),
  ]),
]

describe('the API contract (docs/openapi.json)', () => {
  it('is up to date with the zod schemas (run `npm run contract` after changing them)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())))
  })

  it.each(endpoints)('the mock answers $path as the contract says', async ({ template, path }) => {
    const { status, body } = await getJson(path)
    expect(status).toBe(200)
    expect(validatorFor(template, '200')(body)).toEqual([])
  })

  it.each([
    { template: '/reports/{reportId}.json', path: apiPaths.report('nope') },
    { template: '/reports/{reportId}/source.json', path: apiPaths.reportSource('nope') },
    {
      template: '/reports/{reportId}/metrics/{category}.json',
      path: `reports/${REPORT_ID}/metrics/nope.json`,
    },
  ])(
    'the mock answers 404 for $path with the contract’s error body',
    async ({ template, path }) => {
      const { status, body } = await getJson(path)
      expect(status).toBe(404)
      expect(validatorFor(template, '404')(body)).toEqual([])
    },
  )

  it('the validator rejects a response that breaks the contract', () => {
    expect(validatorFor('/reports.json', '200')({ reports: [{ id: 1 }] })).not.toEqual([])
  })

  it('the static build writes the very same bodies the mock serves', async () => {
    const files = staticApiFiles(readBundle())
    expect([...files.keys()].sort()).toEqual(endpoints.map((e) => e.path).sort())
    for (const { path } of endpoints) {
      expect((await getJson(path)).body).toEqual(JSON.parse(JSON.stringify(files.get(path))))
    }
  })

  it('category files hold exactly the figures of that category', async () => {
    const { body } = await getJson(apiPaths.categoryMetrics(REPORT_ID, 'requests'))
    const ids = (body.metrics as Array<{ id: string; category: string }>).map((m) => m.category)
    expect(new Set(ids)).toEqual(new Set(['requests']))
    expect(ids.length).toBeGreaterThan(5)
  })
})
