import { describe, expect, it } from 'vitest'
import { DatasetError, loadBundle } from '#src/contract/load-bundle.ts'
import { rawReport } from '../fixtures/report.ts'

const FILE = '../data/reports/wuzhong-psb-2018.json'
const SOURCE = '../data/reports/wuzhong-psb-2018.source.txt'

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof DatasetError) return error.problems
    throw error
  }
  throw new Error('expected a DatasetError')
}

describe('loading the bundled dataset (mocks and static build)', () => {
  it('accepts the bundled 2018 report with its text', () => {
    const [entry] = loadBundle({ [FILE]: rawReport() }, { [SOURCE]: 'text' })
    expect(entry?.report.id).toBe('wuzhong-psb-2018')
  })

  it('names the file, the field path, the metric and the reason for a bad figure', () => {
    const broken = rawReport()
    const metrics = broken.metrics as Array<Record<string, unknown>>
    metrics[3] = { ...metrics[3], unit: 'bushels' }
    const run = () => loadBundle({ [FILE]: broken }, { [SOURCE]: 'text' })
    expect(run).toThrow(`${FILE} is not a valid report`)
    expect(problemsOf(run)).toEqual([
      expect.stringMatching(/^metrics\[3\]\.unit \(proactive\.channel\.gazette\): Invalid option/),
    ])
  })

  it('rejects a rule that names a figure the report does not have', () => {
    const broken = rawReport()
    const rules = broken.rules as Array<Record<string, unknown>>
    rules[0] = { ...rules[0], total: 'proactive.nothing' }
    expect(problemsOf(() => loadBundle({ [FILE]: broken }, { [SOURCE]: 'text' }))).toEqual([
      'rules[0] (proactive.channels-sum): rule names unknown metric "proactive.nothing"',
    ])
  })

  it('rejects a report whose text is missing', () => {
    expect(problemsOf(() => loadBundle({ [FILE]: rawReport() }, {}))).toEqual([
      `the report text ${SOURCE} is missing`,
    ])
  })

  it('refuses a source address that is not http(s), so no script URL becomes a link', () => {
    const broken = rawReport()
    ;(broken.meta as Record<string, unknown>).sourceUrl = 'javascript:alert(1)'
    expect(problemsOf(() => loadBundle({ [FILE]: broken }, { [SOURCE]: 'text' }))).toEqual([
      expect.stringMatching(/^meta\.sourceUrl: /),
    ])
  })
})
