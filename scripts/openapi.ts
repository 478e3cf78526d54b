import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  ApiErrorSchema,
  CategoryMetricsSchema,
  ReportListSchema,
  ReportResponseSchema,
  ReportSourceSchema,
} from '../src/contract/api-schema.ts'
import { CATEGORIES } from '../src/domain/report-schema.ts'

/**
 * The API contract as an OpenAPI 3.1 document. Paths are written here; response schemas are
 * generated from the zod schemas the client parses with, so the document cannot drift from them.
 * `npm run contract` writes docs/openapi.json; a test fails when the committed file is stale.
 */
const schemas = {
  ReportList: ReportListSchema,
  Report: ReportResponseSchema,
  CategoryMetrics: CategoryMetricsSchema,
  ReportSource: ReportSourceSchema,
  ApiError: ApiErrorSchema,
}

function jsonSchema(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' })
  return rest
}

const ok = (description: string, schema: keyof typeof schemas) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
})
const notFound = ok('No report (or category) with that id', 'ApiError')
const reportIdParam = {
  name: 'reportId',
  in: 'path',
  required: true,
  description: 'Report id, e.g. wuzhong-psb-2018',
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:[.-][a-z0-9]+)*$' },
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Government information disclosure reports API',
      version: '1.0.0',
      description:
        'Read-only API of annual government information disclosure reports (政府信息公开工作年度报告). ' +
        'Every path ends in .json so that a plain static file server can serve it. A figure whose ' +
        '`value` is null is not reported by the report, which is not the same as 0.',
    },
    servers: [{ url: './api', description: 'Relative to the dashboard (static build and mocks)' }],
    paths: {
      '/reports.json': {
        get: {
          operationId: 'listReports',
          summary: 'List the reports',
          responses: { '200': ok('The reports, in dataset order', 'ReportList') },
        },
      },
      '/reports/{reportId}.json': {
        get: {
          operationId: 'getReport',
          summary: 'One report: metadata, sections, table headings, figures and consistency rules',
          parameters: [reportIdParam],
          responses: { '200': ok('The report', 'Report'), '404': notFound },
        },
      },
      '/reports/{reportId}/metrics/{category}.json': {
        get: {
          operationId: 'getCategoryMetrics',
          summary: "One report's figures in one category",
          parameters: [
            reportIdParam,
            {
              name: 'category',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: CATEGORIES },
            },
          ],
          responses: {
            '200': ok('The figures of that category', 'CategoryMetrics'),
            '404': notFound,
          },
        },
      },
      '/reports/{reportId}/source.json': {
        get: {
          operationId: 'getReportSource',
          summary: "The report's text, line by line, which citations point into",
          parameters: [reportIdParam],
          responses: { '200': ok('The text', 'ReportSource'), '404': notFound },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, jsonSchema(schema)]),
      ),
    },
  }
}

export const OPENAPI_FILE = join(import.meta.dirname, '../docs/openapi.json')

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`)
  console.log(`wrote ${OPENAPI_FILE}`)
}
