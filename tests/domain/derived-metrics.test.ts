import { describe, expect, it } from 'vitest'
import { deriveMetrics } from '#src/domain/derived-metrics.ts'
import { loadReport, withValue } from '../fixtures/report.ts'

const derived = (report = loadReport()) =>
  new Map(deriveMetrics(report.metrics).map((m) => [m.id, m]))

describe('computed figures', () => {
  it('computes the 12345 closure rate from 811 closed of 811 received, and says so', () => {
    expect(derived().get('requests.hotline.close-rate')).toMatchObject({
      value: 100,
      unit: 'percent',
      computed: {
        inputs: ['requests.hotline.closed', 'requests.hotline.received'],
        expression: '811 ÷ 811 × 100%',
      },
    })
  })

  it('computes the real-name verification rate 7441 ÷ 10995', () => {
    expect(derived().get('online.verification-rate')?.value).toBeCloseTo(67.676, 2)
  })

  it('computes each channel’s share of the 2475 items', () => {
    expect(derived().get('proactive.channel-share.weibo')?.value).toBeCloseTo(
      (1356 / 2475) * 100,
      6,
    )
  })

  it('estimates category counts from the whole-percent shares and marks them approximate', () => {
    expect(derived().get('proactive.category-count.police')).toMatchObject({
      value: 817,
      approximate: true,
      computed: { expression: '2475 × 33%' },
    })
  })

  it('leaves a computed figure empty when an input is not reported', () => {
    const report = withValue(loadReport(), 'requests.hotline.received', null)
    expect(derived(report).get('requests.hotline.close-rate')).toMatchObject({
      value: null,
      computed: { expression: '811 ÷ ? × 100%' },
    })
  })

  it('does not divide by zero', () => {
    const report = withValue(loadReport(), 'online.registered', 0)
    expect(derived(report).get('online.verification-rate')?.value).toBeNull()
  })
})
