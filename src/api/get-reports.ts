import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '#src/contract/api-paths.ts'
import { ReportListSchema } from '#src/contract/api-schema.ts'
import { apiGet } from './api-client.ts'

export function getReports(signal?: AbortSignal) {
  return apiGet(apiPaths.reportList(), ReportListSchema, signal)
}

export function reportsQueryOptions() {
  return queryOptions({
    queryKey: ['reports'],
    queryFn: ({ signal }) => getReports(signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useReports() {
  return useQuery(reportsQueryOptions())
}
