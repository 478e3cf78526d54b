import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { PAGES, pageWeight } from '../../scripts/bundle-size.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const budget: Record<keyof typeof PAGES, { jsGzip: number; cssGzip: number }> = JSON.parse(
  readFileSync(join(ROOT, 'size-budget.json'), 'utf8'),
)

describe('size budgets (size-budget.json), on the production build', () => {
  it.each(Object.entries(PAGES) as [keyof typeof PAGES, string][])(
    'the %s page’s up-front JavaScript and CSS stay within budget',
    (page, entry) => {
      const weight = pageWeight(inject('distDir'), entry)
      expect(weight.js.gzip, `${page} JS gzip bytes`).toBeLessThanOrEqual(budget[page].jsGzip)
      expect(weight.css.gzip, `${page} CSS gzip bytes`).toBeLessThanOrEqual(budget[page].cssGzip)
    },
  )
})
