import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
export type Sizes = { files: string[]; raw: number; gzip: number; brotli: number }
export type PageWeight = { js: Sizes; css: Sizes }

/** The entries measured: what the dashboard and an embed page load before any interaction. */
export const PAGES = { dashboard: 'index.html', embed: 'src/embed/runtime.ts' } as const

function sizes(dist: string, files: string[]): Sizes {
  const total = { files, raw: 0, gzip: 0, brotli: 0 }
  for (const file of files) {
    const bytes = readFileSync(join(dist, file))
    total.raw += bytes.length
    total.gzip += gzipSync(bytes, { level: 9 }).length
    total.brotli += brotliCompressSync(bytes).length
  }
  return total
}

/**
 * JS and CSS an entry loads up front: the entry and its static imports, from Vite's manifest.
 * Lazy chunks (ECharts, the interactive embed chart) are not counted: they load later.
 */
export function pageWeight(dist: string, entry: string): PageWeight {
  const manifest: Record<string, ManifestChunk> = JSON.parse(
    readFileSync(join(dist, '.vite/manifest.json'), 'utf8'),
  )
  const js = new Set<string>()
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || js.has(chunk.file)) return
    js.add(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  if (!manifest[entry]) throw new Error(`no entry ${entry} in the Vite manifest`)
  visit(entry)
  return { js: sizes(dist, [...js]), css: sizes(dist, [...css]) }
}

/** Bytes of one file, e.g. echarts.min.js for the comparison page. */
export function fileSizes(path: string): Sizes {
  const bytes = readFileSync(path)
  return {
    files: [path],
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  }
}
