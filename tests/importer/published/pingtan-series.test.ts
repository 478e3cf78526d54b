// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type FileImport, importFile } from '../../../src/importer/import-file.ts'

/**
 * 平潭综合实验区's reports as published, in the shapes a user finds them: the web page, the
 * article copied from it in Chromium, the page printed to PDF, and the archive's saved page text
 * (table cells run together). The figures below were typed from the published pages' tables,
 * independently of the importer; every other shape must give the page's figures.
 */
const dir = fileURLToPath(new URL('../../fixtures/reports/pingtan/', import.meta.url))
const read = (name: string) => importFile(name, new Uint8Array(readFileSync(`${dir}${name}`)))

const app = (row: string, values: number[]) => {
  const columns = [
    'natural-person',
    'business',
    'research',
    'public-interest',
    'legal-services',
    'other-org',
    'total',
  ]
  return Object.fromEntries(values.map((value, c) => [`applications.${row}.${columns[c]}`, value]))
}
const review = (block: string, values: number[]) => {
  const columns = ['upheld', 'corrected', 'other', 'pending', 'total']
  return Object.fromEntries(values.map((value, c) => [`${block}.${columns[c]}`, value]))
}

const EXPECTED: Record<
  number,
  { format: string; figures: number; values: Record<string, number> }
> = {
  2016: {
    format: 'fujian-provincial',
    figures: 32,
    values: {
      'proactive.total': 3460,
      'proactive.total.cumulative': 85376,
      'proactive.channel.website': 3460,
      'proactive.channel.gazette': 0,
      'applications.received': 0,
      'applications.fees-waived.cumulative': 0,
      'litigation.total': 0,
    },
  },
  2019: {
    format: 'national-2019',
    figures: 198,
    values: {
      'proactive.normative-documents.made': 89,
      'proactive.normative-documents.public-total': 89,
      'proactive.licensing.previous-items': 396,
      'proactive.licensing.decisions': 181,
      'proactive.other-services.decisions': 153,
      'proactive.penalties.decisions': 430,
      'proactive.procurement.projects': 135,
      'proactive.procurement.amount': 7539.443252,
      ...app('new', [23, 0, 0, 0, 0, 0, 23]),
    },
  },
  2020: {
    format: 'national-2019',
    figures: 198,
    values: {
      'proactive.regulations.public-total': 7,
      'proactive.normative-documents.public-total': 166,
      'proactive.licensing.decisions': 278,
      'proactive.penalties.decisions': 538,
      'proactive.enforcement.decisions': 29,
      ...app('new', [20, 0, 0, 0, 0, 1, 21]),
      ...app('other', [4, 0, 0, 0, 0, 0, 4]),
    },
  },
  2021: {
    format: 'national-2021',
    figures: 200,
    values: {
      'proactive.normative-documents.issued': 69,
      'proactive.normative-documents.repealed': 3,
      'proactive.normative-documents.in-force': 665,
      'proactive.licensing.decisions': 2293,
      'proactive.penalties.decisions': 1282,
      'proactive.enforcement.decisions': 42,
      'proactive.administrative-fees.amount': 24252.311082,
      ...app('new', [64, 0, 0, 2, 0, 4, 70]),
      ...app('other.other', [1, 0, 0, 0, 0, 0, 1]),
      ...review('review', [1, 0, 2, 0, 3]),
      ...review('litigation.direct', [12, 0, 0, 0, 12]),
    },
  },
  2022: {
    format: 'national-2021',
    figures: 200,
    values: {
      'proactive.normative-documents.issued': 88,
      'proactive.normative-documents.repealed': 55,
      'proactive.normative-documents.in-force': 698,
      'proactive.licensing.decisions': 10690,
      'proactive.penalties.decisions': 2113,
      'proactive.enforcement.decisions': 0,
      ...app('results-total', [72, 3, 0, 0, 0, 0, 75]),
      ...review('review', [0, 1, 1, 0, 2]),
    },
  },
  2025: {
    format: 'national-2021',
    figures: 200,
    values: {
      'proactive.normative-documents.in-force': 546,
      'proactive.licensing.decisions': 2418,
      'proactive.penalties.decisions': 644,
      'proactive.administrative-fees.amount': 4166.241619,
      ...app('new', [151, 3, 0, 0, 0, 0, 154]),
      ...app('carried-forward', [4, 2, 0, 0, 0, 0, 6]),
      ...review('review', [25, 3, 8, 0, 36]),
      ...review('litigation.direct', [3, 3, 0, 0, 6]),
      ...review('litigation.after-review', [3, 0, 0, 0, 3]),
    },
  },
}

/**
 * Rows whose cells ran together in the saved text so that more than one split fits every rule the
 * table has, and the narrative does not state them: refused, each named. 2016's and 2022's
 * ambiguous rows are settled by their narratives ("主动公开政府信息3460条", "现行有效行政规范性文件698件").
 */
const AMBIGUOUS_IN_SAVED_TEXT: Record<number, string[]> = {
  2016: [],
  2019: [
    '规范性文件',
    '行政许可',
    '其他对外管理服务事项',
    '行政处罚',
    '行政强制',
    '行政事业性收费',
    '政府集中采购',
  ],
  2020: ['规范性文件', '行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '政府集中采购'],
  2021: ['行政规范性文件'],
  2022: [],
  2025: ['行政规范性文件'],
}

const byId = (outcome: FileImport) =>
  new Map(
    (outcome.result?.figures ?? []).flatMap((figure) =>
      figure.id ? [[figure.id, figure.value]] : [],
    ),
  )

describe.each(Object.keys(EXPECTED).map(Number))('平潭综合实验区 %i', (year) => {
  const expected = EXPECTED[year] as (typeof EXPECTED)[number]

  it('the published web page: every table figure, as published, with its table cell', async () => {
    const outcome = await read(`pingtan-${year}.html`)
    expect(outcome.document?.kind).toBe('html')
    expect(outcome.result?.format).toBe(expected.format)
    expect(outcome.result?.reading).toBe('web-table')
    expect(outcome.refusals).toEqual([])
    expect(outcome.result?.figures).toHaveLength(expected.figures)
    const values = byId(outcome)
    for (const [id, value] of Object.entries(expected.values))
      expect([id, values.get(id)]).toEqual([id, value])
    for (const figure of outcome.result?.figures ?? []) {
      expect(figure.cell).toEqual({
        table: expect.any(Number),
        row: expect.any(Number),
        column: expect.any(Number),
      })
      // The line cited is the table row, tab-separated, as the dataset's report text keeps it.
      expect(outcome.source?.split('\n')[figure.line - 1]).toContain(figure.asWritten)
    }
  })

  it('copied from the page in a browser: the same figures as the page', async () => {
    const [copy, page] = await Promise.all([
      read(`pingtan-${year}.copy.txt`),
      read(`pingtan-${year}.html`),
    ])
    expect(copy.result?.reading).toBe('delimited')
    expect(copy.refusals).toEqual([])
    expect(byId(copy)).toEqual(byId(page))
  })

  it('saved page text with its cells run together: the same figures as the page, and the undecidable rows refused by name', async () => {
    const [saved, page] = await Promise.all([
      read(`pingtan-${year}.txt`),
      read(`pingtan-${year}.html`),
    ])
    expect(saved.result?.format).toBe(expected.format)
    expect(saved.result?.reading).toBe('run-together')
    const published = byId(page)
    const got = byId(saved)
    for (const [id, value] of got) expect([id, value]).toEqual([id, published.get(id)])
    const refused = saved.refusals.map((r) => /^row "(?:\d+\.)?([^"]+)"/.exec(r.message)?.[1])
    expect(refused).toEqual(AMBIGUOUS_IN_SAVED_TEXT[year])
    for (const refusal of saved.refusals) {
      expect(refusal.message).toMatch(
        /its cells ran together as "[\d.\-元 ]+", which splits into \d figures in \d+ ways \(.+\), and the table's rules do not decide between them/,
      )
      expect(refusal.line).toBe(13)
    }
    // What the saved text does not give is the refused rows' figures, all in table 二, and nothing else.
    const missing = [...published.keys()].filter((id) => !got.has(id))
    expect(missing.every((id) => id.startsWith('proactive.'))).toBe(true)
    expect(missing.length === 0).toBe(saved.refusals.length === 0)
  })
})

/** PDFs printed from the published pages by Chromium (tests/fixtures/reports/README.md). */
describe.each([2016, 2021, 2025])('平潭综合实验区 %i printed to PDF', (year) => {
  it('gives the same figures as the page', async () => {
    const [pdf, page] = await Promise.all([
      read(`../pingtan-${year}.pdf`),
      read(`pingtan-${year}.html`),
    ])
    expect(pdf.document?.kind).toBe('pdf')
    expect(pdf.refusals).toEqual([])
    expect(byId(pdf)).toEqual(byId(page))
  })
})
