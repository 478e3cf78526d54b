import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { setPlatformAPI } from 'echarts/core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../mocks/node.ts'

// ECharts loads lazily and two cores run the suite in parallel: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

// jsdom has no canvas; ECharts' SVG renderer only needs text widths, so give it an estimate
// (CJK characters about 1em wide, others about 0.6em) instead of jsdom's "not implemented" noise.
setPlatformAPI({
  measureText: (text: string, font?: string) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)
    const wide = text.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0
    return { width: (wide + (text.length - wide) * 0.6) * size }
  },
})
