import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiPaths } from '#src/contract/api-paths.ts'
import { CategoryMetricsSchema } from '#src/contract/api-schema.ts'
import type { Category } from '#src/domain/report-schema.ts'
import { apiGet } from './api-client.ts'

export function getCategoryMetrics(reportId: string, category: Category, signal?: AbortSignal) {
  return apiGet(apiPaths.categoryMetrics(reportId, category), CategoryMetricsSchema, signal)
}

export function categoryMetricsQueryOptions(reportId: string, category: Category) {
  return queryOptions({
    queryKey: ['reports', reportId, 'metrics', category],
    queryFn: ({ signal }) => getCategoryMetrics(reportId, category, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useCategoryMetrics(reportId: string, category: Category) {
  return useQuery(categoryMetricsQueryOptions(reportId, category))
}
