import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { staticApiFiles } from '../src/contract/api-responses.ts'
import { loadBundle } from '../src/contract/load-bundle.ts'

const DATA_DIR = join(import.meta.dirname, '../data/reports')

/** Reads and validates every bundled report in data/reports/. Throws DatasetError on bad data. */
export function readBundle() {
  const dir = DATA_DIR
  const names = readdirSync(dir)
  const reports: Record<string, unknown> = {}
  const sources: Record<string, string> = {}
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8')
    if (name.endsWith('.source.txt')) sources[name] = text
    else if (name.endsWith('.json')) reports[name] = JSON.parse(text)
  }
  return loadBundle(reports, sources)
}

/**
 * Writes the API's responses as static JSON under `api/` in the production build, from the same
 * dataset and the same response builders as the MSW mocks. A dataset that fails the schema fails
 * the build with the field path and reason.
 */
export function staticApi(): Plugin {
  return {
    name: 'gk-static-api',
    apply: 'build',
    generateBundle() {
      for (const [path, body] of staticApiFiles(readBundle())) {
        this.emitFile({ type: 'asset', fileName: `api/${path}`, source: JSON.stringify(body) })
      }
    },
  }
}
