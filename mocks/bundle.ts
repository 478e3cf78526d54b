import type { BundledReport } from '#src/contract/api-responses.ts'
import { loadBundle } from '#src/contract/load-bundle.ts'

const reportFiles = import.meta.glob<unknown>('../data/reports/*.json', {
  eager: true,
  import: 'default',
})
const sourceFiles = import.meta.glob<string>('../data/reports/*.source.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
})

/**
 * The bundled dataset, validated on first use. A dataset that fails validation is not thrown at
 * start-up (that would blank the page); each handler answers with the validation message instead.
 */
export function getBundle(): BundledReport[] {
  return loadBundle(reportFiles, sourceFiles)
}
