import { describe, expect, it } from 'vitest'
import { evaluateRules } from '#src/domain/checks.ts'
import { loadReport, withValue } from '../fixtures/report.ts'

const byRule = (results: ReturnType<typeof evaluateRules>) =>
  new Map(results.map((result) => [result.rule.id, result]))

describe('consistency checks on the 2018 report', () => {
  const results = byRule(evaluateRules(loadReport()))

  it('confirms that the channels add up to the 2475 items published', () => {
    expect(results.get('proactive.channels-sum')).toMatchObject({
      status: 'pass',
      detail: '0 + 252 + 1356 + 837 + 30 = 2475 = 2475',
    })
  })

  it('confirms that the category shares sum to 100%', () => {
    expect(results.get('proactive.shares-sum-to-100')?.status).toBe('pass')
  })

  it('checks the stated 12345 closure rate against 811 ÷ 811', () => {
    expect(results.get('requests.hotline-close-rate')).toMatchObject({
      status: 'pass',
      detail: '811 ÷ 811 = 100% ≈ 100%',
    })
  })

  it('flags 行政许可 written “5014 余” in one place and “5014” in another', () => {
    const result = results.get('proactive.licensing-overview-vs-platforms')
    expect(result?.status).toBe('warn')
    expect(result?.figures.map((figure) => figure.asWritten)).toEqual(['5014 余', '5014'])
  })

  it('passes every other rule of the report', () => {
    const notPassing = [...results.values()].filter(
      (result) =>
        result.status !== 'pass' && result.rule.id !== 'proactive.licensing-overview-vs-platforms',
    )
    expect(notPassing.map((result) => `${result.rule.id}: ${result.detail}`)).toEqual([])
  })
})

describe('consistency checks on a broken report', () => {
  it('fails the channel sum when one channel is wrong, naming the figures', () => {
    const results = byRule(evaluateRules(withValue(loadReport(), 'proactive.channel.weibo', 1300)))
    expect(results.get('proactive.channels-sum')).toMatchObject({
      status: 'fail',
      detail: '0 + 252 + 1300 + 837 + 30 = 2419 ≠ 2475',
    })
  })

  it('fails “closed ≤ received” when more cases are closed than received', () => {
    const results = byRule(evaluateRules(withValue(loadReport(), 'requests.hotline.closed', 900)))
    expect(results.get('requests.hotline-closed-within-received')?.status).toBe('fail')
    expect(results.get('requests.hotline-close-rate')?.status).toBe('fail')
  })

  it('fails text against table when they disagree', () => {
    const results = byRule(evaluateRules(withValue(loadReport(), 'proactive.total.text', 2500)))
    expect(results.get('proactive.total-table-vs-text')?.status).toBe('fail')
  })

  it('does not check a rule whose figure is not reported', () => {
    const results = byRule(
      evaluateRules(withValue(loadReport(), 'organisation.staff.part-time', null)),
    )
    expect(results.get('organisation.staff-sum')).toMatchObject({
      status: 'not-applicable',
      detail: 'not reported: organisation.staff.part-time',
    })
  })
})
