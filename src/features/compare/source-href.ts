import { sourceLineHref } from '#src/lib/source-link.ts'

/**
 * Where a source line of a compared report is read: on this page for the report it shows, else
 * on the page of that report (`?report=<id>`), keeping the other view parameters and setting any
 * in `changes` (the comparison, turned around).
 */
export function comparedLineHref(
  target: { reportId: string; current: boolean },
  line: number,
  search: URLSearchParams,
  changes: Record<string, string> = {},
): string {
  if (target.current) return sourceLineHref(line)
  const params = new URLSearchParams(search)
  params.set('report', target.reportId)
  for (const [name, value] of Object.entries(changes)) params.set(name, value)
  return `?${params.toString()}${sourceLineHref(line)}`
}
