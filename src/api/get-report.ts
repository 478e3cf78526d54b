import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '#src/contract/api-paths.ts'
import { ReportResponseSchema } from '#src/contract/api-schema.ts'
import { apiGet } from './api-client.ts'

export function getReport(reportId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.report(reportId), ReportResponseSchema, signal)
}

export function reportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: ['reports', reportId],
    queryFn: ({ signal }) => getReport(reportId, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useReport(reportId: string) {
  return useQuery(reportQueryOptions(reportId))
}
