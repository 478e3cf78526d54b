import type { z } from 'zod'

/**
 * Turns zod issues into lines a person can act on: the field path, the id of the metric it sits in
 * when there is one, and the reason. `data` is the value that was parsed.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path)
    const owner = ownerId(issue.path, data)
    const where = owner ? `${path} (${owner})` : path
    return `${where}: ${issue.message}`
  })
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`
      return index === 0 ? String(key) : `.${String(key)}`
    })
    .join('')
}

/** The `id` of the nearest object on the path that has one, e.g. the metric of a bad value. */
function ownerId(path: readonly PropertyKey[], data: unknown): string | undefined {
  let node: unknown = data
  let found: string | undefined
  for (const key of path) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<PropertyKey, unknown>)[key]
    if (node !== null && typeof node === 'object' && 'id' in node) {
      const id = (node as { id: unknown }).id
      if (typeof id === 'string') found = id
    }
  }
  return found
}
