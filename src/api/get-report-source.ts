import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '#src/contract/api-paths.ts'
import { ReportSourceSchema } from '#src/contract/api-schema.ts'
import { apiGet } from './api-client.ts'

export function getReportSource(reportId: string, signal?: AbortSignal) {
  return apiGet(apiPaths.reportSource(reportId), ReportSourceSchema, signal)
}

export function reportSourceQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: ['reports', reportId, 'source'],
    queryFn: ({ signal }) => getReportSource(reportId, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useReportSource(reportId: string, enabled = true) {
  return useQuery({ ...reportSourceQueryOptions(reportId), enabled })
}
