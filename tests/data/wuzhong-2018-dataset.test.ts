// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type Citation,
  type Metric,
  type Report,
  ReportSchema,
  type Rule,
  type Unit,
} from '../../src/domain/report-schema.ts'

/**
 * Fidelity test of the 吴忠市公安局 2018 dataset against the report's own text.
 * The expected figures below were copied by hand from the report, independently of the JSON.
 *
 * Runs in the node environment: under jsdom, `new URL(relative, import.meta.url)` resolves
 * against the page's location instead of this file, and the data files cannot be read.
 */

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../data/reports/wuzhong-psb-2018.json', import.meta.url), 'utf8'),
)
const sourceLines = readFileSync(
  new URL('../../data/reports/wuzhong-psb-2018.source.txt', import.meta.url),
  'utf8',
).split('\n')

const parsed = ReportSchema.safeParse(raw)
const report = (parsed.success ? parsed.data : raw) as Report

/** Every figure of the report: id → value as stated (null = left blank) and unit. */
const EXPECTED: ReadonlyArray<readonly [id: string, value: number | null, unit: Unit]> = [
  // 统计表 一、主动公开情况
  ['proactive.total', 2475, 'item'],
  ['proactive.normative-docs', 5, 'item'],
  ['proactive.normative-docs-issued', 5, 'document'],
  ['proactive.channel.gazette', 0, 'item'],
  ['proactive.channel.website', 252, 'item'],
  ['proactive.channel.weibo', 1356, 'item'],
  ['proactive.channel.wechat', 837, 'item'],
  ['proactive.channel.other', 30, 'item'],
  // 统计表 二、回应解读情况
  ['interpretation.hot-topic-responses', 0, 'time'],
  ['interpretation.press-conferences', 0, 'time'],
  ['interpretation.press-conferences-by-heads', 0, 'time'],
  ['interpretation.online-interviews', 0, 'time'],
  ['interpretation.online-interviews-by-heads', 0, 'time'],
  ['interpretation.policy-interpretations', 34, 'article'],
  ['interpretation.weibo-wechat-responses', 213, 'time'],
  ['interpretation.other-responses', 0, 'time'],
  // 统计表 三、依申请公开情况
  ['applications.received', 0, 'piece'],
  ['applications.received.in-person', 0, 'piece'],
  ['applications.received.fax', 0, 'piece'],
  ['applications.received.online', 0, 'piece'],
  ['applications.received.letter', 0, 'piece'],
  ['applications.closed', 0, 'piece'],
  ['applications.closed.on-time', 0, 'piece'],
  ['applications.closed.extended', 0, 'piece'],
  ['applications.answered', 0, 'piece'],
  ['applications.answered.already-public', 0, 'piece'],
  ['applications.answered.granted', 0, 'piece'],
  ['applications.answered.partly-granted', 0, 'piece'],
  ['applications.answered.refused', 0, 'piece'],
  ['applications.refused.state-secret', 0, 'piece'],
  ['applications.refused.commercial-secret', 0, 'piece'],
  ['applications.refused.privacy', 0, 'piece'],
  ['applications.refused.security-stability', 0, 'piece'],
  ['applications.refused.not-government-info', 0, 'piece'],
  ['applications.refused.other-legal', 0, 'piece'],
  ['applications.answered.not-this-agency', 0, 'piece'],
  ['applications.answered.not-exist', 0, 'piece'],
  ['applications.answered.correction-requested', 0, 'piece'],
  ['applications.answered.other-channel', 0, 'piece'],
  // 统计表 四 至 七
  ['review.total', 0, 'piece'],
  ['review.upheld', 0, 'piece'],
  ['review.corrected', 0, 'piece'],
  ['review.other', 0, 'piece'],
  ['litigation.total', 0, 'piece'],
  ['litigation.upheld', 0, 'piece'],
  ['litigation.corrected', 0, 'piece'],
  ['litigation.other', 0, 'piece'],
  ['complaints.total', 0, 'piece'],
  ['applications.fees', 0, 'ten-thousand-yuan'],
  // 统计表 八、九
  ['organisation.units', 1, 'count'],
  ['organisation.reading-points', 1, 'count'],
  ['organisation.staff', 4, 'person'],
  ['organisation.staff.full-time', 1, 'person'],
  ['organisation.staff.part-time', 3, 'person'],
  ['organisation.budget', null, 'ten-thousand-yuan'],
  ['organisation.meetings', 2, 'time'],
  ['organisation.training-sessions', 1, 'time'],
  ['organisation.trainees', 45, 'person-time'],
  // 正文 一、总体公开工作情况概述
  ['organisation.meetings.text', 2, 'time'],
  ['organisation.catalogue-areas', 6, 'count'],
  ['proactive.licensing.summary', 5014, 'entry'],
  ['online.traffic.users', 260400, 'person'],
  ['online.traffic.violations', 155800, 'transaction'],
  ['online.traffic.licence-exams', 66000, 'person'],
  ['online.traffic.plate-selection', 1208, 'person'],
  ['online.traffic.medical-checks', 55829, 'person'],
  ['online.traffic.sms', 222000, 'item'],
  ['requests.platform-51890.handled', 124, 'piece'],
  ['organisation.case-centre-functions', 5, 'entry'],
  // 正文 二、政府信息主动公开情况
  ['proactive.total.text', 2475, 'item'],
  ['proactive.share.police', 33, 'percent'],
  ['proactive.share.services', 30, 'percent'],
  ['proactive.share.cases', 20, 'percent'],
  ['proactive.share.administration', 17, 'percent'],
  ['proactive.channel.website.text', 252, 'item'],
  ['proactive.channel.weibo-wechat', 2193, 'item'],
  ['proactive.channel.wechat.text', 837, 'item'],
  ['proactive.channel.weibo.text', 1356, 'item'],
  ['proactive.channel.police-website', 2400, 'item'],
  ['proactive.channel.news-media', 4900, 'item'],
  // 正文 三、推进“互联网+政务服务”工作情况
  ['online.items', 288, 'entry'],
  ['online.registered', 10995, 'person'],
  ['online.verified', 7441, 'person'],
  ['online.cases', 61, 'piece'],
  ['online.consultations', 224, 'piece'],
  ['online.target-share', 80, 'percent'],
  // 正文 四、人大代表建议、政协提案办理结果公开情况
  ['requests.npc-suggestions', 3, 'piece'],
  ['requests.cppcc-proposals', 10, 'piece'],
  ['requests.proposals.total', 13, 'count'],
  ['requests.proposals.departments', 5, 'count'],
  ['requests.proposals.satisfaction', 100, 'percent'],
  // 正文 五、开展政策解读情况
  ['interpretation.policy-documents.text', 34, 'item'],
  // 正文 六、回应社会关切情况
  ['requests.weibo-wechat.reply-rate', 100, 'percent'],
  ['requests.weibo-wechat.replies', 213, 'item'],
  ['requests.weibo.leads', 32, 'item'],
  ['requests.hotline.received', 811, 'piece'],
  ['requests.hotline.closed', 811, 'piece'],
  ['requests.hotline.close-rate-stated', 100, 'percent'],
  // 正文 八、公开平台载体建设情况
  ['proactive.online-bureau.kinds', 41, 'kind'],
  ['proactive.online-bureau.items', 481, 'item'],
  ['proactive.licensing', 5014, 'entry'],
  ['proactive.penalties', 375, 'entry'],
  // 正文 九、完善公开制度机制建设情况
  ['online.service-catalogue', 22, 'entry'],
  ['online.licences-retained', 29, 'entry'],
  ['organisation.systems', 12, 'count'],
]

/** Figures the report writes with 余 ("more than"); none is written with 约. */
const EXPECTED_APPROXIMATE = [
  'proactive.licensing.summary',
  'online.traffic.violations',
  'online.traffic.licence-exams',
  'proactive.channel.police-website',
  'proactive.channel.news-media',
]

/** Figures the report states in several places with the same wording: sections, most specific first. */
const EXPECTED_REPEATS: Record<string, string[]> = {
  'proactive.channel.weibo-wechat': ['s2', 's1'],
  'requests.weibo-wechat.replies': ['s6', 's1'],
  'online.items': ['s3', 's1'],
  'proactive.online-bureau.kinds': ['s8', 's1'],
  'proactive.online-bureau.items': ['s8', 's1'],
  'proactive.penalties': ['s8', 's1'],
  'requests.weibo.leads': ['s6', 's1'],
  'applications.received': ['table', 's7'],
  'review.total': ['table', 's7'],
  'complaints.total': ['table', 's7'],
}

/** The word the table prints for each unit: 件 for documents as for cases. */
const TABLE_UNITS: Partial<Record<Unit, string>> = {
  item: '条',
  piece: '件',
  document: '件',
  time: '次',
  article: '篇',
  'ten-thousand-yuan': '万元',
  count: '个',
  person: '人',
  'person-time': '人次',
}

const CHINESE_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
}

/** Reads a figure the way the report prints it: "26.04 万" → 260400, "2400余" → 2400, "" → null. */
function parseFigure(written: string): number | null {
  let text = written.replace(/\s+/g, '')
  if (text === '') return null
  text = text.replace(/^约/, '').replace(/余$/, '').replace(/%$/, '')
  let factor = 1
  if (text.endsWith('万')) {
    factor = 10_000
    text = text.slice(0, -1)
  }
  const number =
    CHINESE_NUMERALS[text] ?? (/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN)
  return Math.round(number * factor * 100) / 100
}

function line(n: number): string {
  const text = sourceLines[n - 1]
  if (text === undefined) throw new Error(`the source has no line ${n}`)
  return text
}

function firstCitation(metric: Metric): Citation {
  const citation = metric.citations[0]
  if (!citation) throw new Error(`${metric.id} has no citation`)
  return citation
}

function metric(id: string): Metric {
  const found = report.metrics.find((m) => m.id === id)
  if (!found) throw new Error(`no metric ${id}`)
  return found
}

const tableMetrics = report.metrics.filter((m) => m.source === 'table')
const narrativeMetrics = report.metrics.filter((m) => m.source === 'narrative')

// The statistics table runs from its first "统计指标" header to the "单位负责人" signature line.
const tableStart = sourceLines.findIndex((text) => text.startsWith('统计指标')) + 1
const tableEnd = sourceLines.findIndex((text) => text.startsWith('单位负责人')) + 1
const isInTable = (n: number) => n > tableStart && n < tableEnd
const isRepeatedHeader = (text: string) => text === '统计指标\t单位\t统计数'

function cells(n: number): { label: string; unit: string; value: string } {
  const [label = '', unit = '', value = ''] = line(n).split('\t')
  return { label, unit, value }
}

describe('the dataset file', () => {
  it('parses with the report schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('lists its sections in line order, each heading printed on its line', () => {
    const lines = report.sections.map((section) => section.line)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
    for (const section of report.sections) {
      // The preface has no printed heading; its line is the first paragraph.
      if (section.id === 'preface') continue
      expect(line(section.line).trim(), section.id).toBe(section.heading.zh)
    }
  })
})

describe('every figure of the report is recorded', () => {
  it('has exactly the expected figures, no more and no fewer', () => {
    const expectedIds = EXPECTED.map(([id]) => id)
    expect(new Set(expectedIds).size).toBe(expectedIds.length)
    expect(report.metrics.map((m) => m.id).sort()).toEqual([...expectedIds].sort())
  })

  it.each(EXPECTED)('records %s as %s (%s)', (id, value, unit) => {
    expect(metric(id).value).toBe(value)
    expect(metric(id).unit).toBe(unit)
  })

  it('marks exactly the figures written with 余 or 约 as approximate', () => {
    const approximate = report.metrics.filter((m) => m.approximate).map((m) => m.id)
    expect(approximate.sort()).toEqual([...EXPECTED_APPROXIMATE].sort())
  })

  it('records the blank 专项经费 cell as not reported, not 0', () => {
    const budget = metric('organisation.budget')
    expect(cells(firstCitation(budget).line).value).toBe('')
    expect(budget.value).toBeNull()
    expect(budget.asWritten).toBe('')
    expect(budget.approximate).toBe(false)
  })

  it('keeps "5014 余项" (section 一) and "5014项" (section 八) as two figures', () => {
    expect(metric('proactive.licensing.summary')).toMatchObject({
      asWritten: '5014 余',
      approximate: true,
    })
    expect(metric('proactive.licensing')).toMatchObject({ asWritten: '5014', approximate: false })
  })

  it('gives a figure repeated with the same wording one metric citing every place', () => {
    for (const [id, sections] of Object.entries(EXPECTED_REPEATS)) {
      expect(
        metric(id).citations.map((c) => c.section),
        id,
      ).toEqual(sections)
    }
  })
})

describe('citations match the source text', () => {
  it('reads figures the way the report writes them', () => {
    expect(parseFigure('2475')).toBe(2475)
    expect(parseFigure('2400余')).toBe(2400)
    expect(parseFigure('5014 余')).toBe(5014)
    expect(parseFigure('26.04 万')).toBe(260400)
    expect(parseFigure('15.58 万余')).toBe(155800)
    expect(parseFigure('6.6 万余')).toBe(66000)
    expect(parseFigure('约 3 万')).toBe(30000)
    expect(parseFigure('33%')).toBe(33)
    expect(parseFigure('五')).toBe(5)
    expect(parseFigure('')).toBeNull()
    expect(parseFigure('2,475')).toBeNaN()
  })

  it.each(report.metrics.map((m) => [m.id, m] as const))(
    '%s quotes its lines exactly and reads back as its value',
    (_id, m) => {
      for (const citation of m.citations) {
        expect(line(citation.line), `line ${citation.line}`).toContain(citation.quote)
      }
      expect(firstCitation(m).quote).toContain(m.asWritten)
      expect(parseFigure(m.asWritten)).toBe(m.value)
      expect(m.approximate).toBe(/[余约]/.test(m.asWritten))
    },
  )

  it('names for every citation the section its line falls in', () => {
    for (const m of report.metrics) {
      for (const citation of m.citations) {
        const section = report.sections.filter((s) => s.line <= citation.line).at(-1)
        expect(citation.section, `${m.id} line ${citation.line}`).toBe(section?.id)
      }
    }
  })
})

describe('the statistics table', () => {
  it('is found between the 统计指标 header and the 单位负责人 line', () => {
    expect(tableStart).toBe(87)
    expect(tableEnd).toBe(158)
  })

  it('cites every table figure to a row inside the table, and narrative figures outside it', () => {
    for (const m of tableMetrics) {
      expect(isInTable(firstCitation(m).line), m.id).toBe(true)
      expect(firstCitation(m).quote.replace(/\t+$/, ''), m.id).toBe(
        line(firstCitation(m).line).replace(/\t+$/, ''),
      )
      for (const later of m.citations.slice(1)) expect(isInTable(later.line), m.id).toBe(false)
    }
    for (const m of narrativeMetrics) {
      for (const citation of m.citations) expect(isInTable(citation.line), m.id).toBe(false)
    }
  })

  it('takes each table figure and its unit from the row’s own cells', () => {
    for (const m of tableMetrics) {
      const row = cells(firstCitation(m).line)
      expect(m.asWritten, m.id).toBe(row.value)
      expect(row.unit, m.id).toBe(TABLE_UNITS[m.unit])
    }
  })

  it('covers every labelled table row by exactly one figure or heading', () => {
    const rowsCovered = new Map<number, string[]>()
    const cover = (n: number, id: string) => rowsCovered.set(n, [...(rowsCovered.get(n) ?? []), id])
    for (const m of tableMetrics) cover(firstCitation(m).line, m.id)
    for (const heading of report.tableHeadings) cover(heading.line, heading.id)

    const labelledRows: number[] = []
    for (let n = tableStart + 1; n < tableEnd; n++) {
      const text = line(n)
      if (text.trim() === '' || isRepeatedHeader(text)) continue
      labelledRows.push(n)
      expect(rowsCovered.get(n)?.length ?? 0, `line ${n}: ${text}`).toBe(1)
    }
    expect([...rowsCovered.keys()].sort((a, b) => a - b)).toEqual(labelledRows)
  })

  it('prints each row’s code at its start and its label in the row', () => {
    const rows = [
      ...tableMetrics.map((m) => ({
        id: m.id,
        line: firstCitation(m).line,
        ...m.table,
        ...m.label,
      })),
      ...report.tableHeadings.map((h) => ({ ...h, ...h.label })),
    ]
    for (const row of rows) {
      const { label } = cells(row.line)
      if (row.code === null || row.code === undefined) {
        expect(label, row.id).not.toMatch(
          /^(?:[一二三四五六七八九十]、|\([一二三四五六七八九十]\)|\d+\.|其中)/,
        )
      } else if (/^[一二三四五六七八九十]$/.test(row.code)) {
        expect(label.startsWith(`${row.code}、`), row.id).toBe(true)
      } else {
        expect(label.startsWith(row.code), row.id).toBe(true)
      }
      // Labels are the printed ones, without the stray spaces of the text layer.
      expect(label.replace(/\s+/g, ''), row.id).toContain(row.zh)
    }
  })

  it('records the 经济 安全 row under its clean label', () => {
    const m = metric('applications.refused.security-stability')
    expect(firstCitation(m).quote).toContain('经济 安全')
    expect(m.label.zh).toBe('危及国家安全、公共安全、经济安全和社会稳定')
  })

  it('gives headings rows with no figure in them', () => {
    for (const heading of report.tableHeadings) {
      expect(cells(heading.line).value, heading.id).toBe('')
      expect(cells(heading.line).unit, heading.id).toBe('')
    }
  })
})

describe('the table tree', () => {
  const rowLine = new Map<string, number>()
  const rowParent = new Map<string, string | null>()
  for (const m of tableMetrics) {
    rowLine.set(m.id, firstCitation(m).line)
    rowParent.set(m.id, m.table?.parent ?? null)
  }
  for (const heading of report.tableHeadings) {
    rowLine.set(heading.id, heading.line)
    rowParent.set(heading.id, heading.parent)
  }

  it('places every table figure in the table and no narrative figure', () => {
    for (const m of tableMetrics) expect(m.table, m.id).toBeDefined()
    for (const m of narrativeMetrics) expect(m.table, m.id).toBeUndefined()
  })

  it('reaches the top from every row by following parents, without a cycle', () => {
    for (const id of rowParent.keys()) {
      const seen = new Set<string>()
      let current: string | null = id
      while (current !== null) {
        expect(seen.has(current), `cycle through ${current}`).toBe(false)
        seen.add(current)
        expect(rowParent.has(current), `${id}: unknown parent ${current}`).toBe(true)
        current = rowParent.get(current) ?? null
      }
    }
  })

  it('prints every parent row above its children', () => {
    for (const [id, parent] of rowParent) {
      if (parent === null) continue
      expect(rowLine.get(parent) ?? Number.POSITIVE_INFINITY, id).toBeLessThan(rowLine.get(id) ?? 0)
    }
  })

  it('hangs every row under the nearest row above it with a higher-ranking code', () => {
    // 一 ranks above (一), which ranks above 1., which ranks above 其中 and unnumbered rows.
    const rank = (code: string | null | undefined) => {
      if (code === null || code === undefined || code === '其中') return 4
      if (/^\d+\.$/.test(code)) return 3
      if (/^\(.\)$/.test(code)) return 2
      return 1
    }
    const rows = [
      ...tableMetrics.map((m) => ({ id: m.id, line: firstCitation(m).line, ...m.table })),
      ...report.tableHeadings,
    ].sort((a, b) => a.line - b.line)
    rows.forEach((row, index) => {
      const above = rows.slice(0, index).reverse()
      const expectedParent = above.find((candidate) => rank(candidate.code) < rank(row.code))
      expect(row.parent, row.id).toBe(expectedParent?.id ?? null)
    })
  })

  it('puts the numbered rows 四 to 七 at the top level', () => {
    for (const id of [
      'review.total',
      'litigation.total',
      'complaints.total',
      'applications.fees',
    ]) {
      expect(metric(id).table?.parent, id).toBeNull()
    }
  })
})

describe('the order of figures', () => {
  it('lists table rows first in table order, then narrative figures in report order', () => {
    expect(report.metrics.slice(0, tableMetrics.length)).toEqual(tableMetrics)
    const tableLines = tableMetrics.map((m) => firstCitation(m).line)
    expect(tableLines).toEqual([...tableLines].sort((a, b) => a - b))

    const position = (m: Metric) => {
      const { line: n, quote } = firstCitation(m)
      return n * 100_000 + line(n).indexOf(quote) + quote.indexOf(m.asWritten)
    }
    const positions = narrativeMetrics.map(position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})

describe('consistency rules', () => {
  const sum = (...ids: string[]) => [...ids].sort().join(' + ')
  const signature = (rule: Rule): string => {
    switch (rule.kind) {
      case 'sum':
        return `${[...rule.terms].sort().join(' + ')} = ${rule.total}`
      case 'sum-to':
        return `${[...rule.terms].sort().join(' + ')} = ${rule.expected}`
      case 'at-most':
        return `${rule.left} <= ${rule.right}`
      case 'same-figure':
        return `${rule.left} == ${rule.right}`
      case 'stated-rate':
        return `${rule.numerator} / ${rule.denominator} ~ ${rule.stated}`
      case 'equal-sums':
        return `${sum(...rule.left)} == ${sum(...rule.right)}`
      case 'covers':
        return `${rule.total} <= ${sum(...rule.terms)}`
    }
  }
  it.each([
    `${sum(
      'proactive.channel.gazette',
      'proactive.channel.website',
      'proactive.channel.weibo',
      'proactive.channel.wechat',
      'proactive.channel.other',
    )} = proactive.total`,
    `${sum(
      'proactive.share.police',
      'proactive.share.services',
      'proactive.share.cases',
      'proactive.share.administration',
    )} = 100`,
    `${sum('proactive.channel.wechat.text', 'proactive.channel.weibo.text')} = proactive.channel.weibo-wechat`,
    'proactive.total == proactive.total.text',
    'proactive.channel.website == proactive.channel.website.text',
    'proactive.channel.weibo == proactive.channel.weibo.text',
    'proactive.channel.wechat == proactive.channel.wechat.text',
    'proactive.licensing.summary == proactive.licensing',
    'interpretation.policy-interpretations == interpretation.policy-documents.text',
    'interpretation.weibo-wechat-responses == requests.weibo-wechat.replies',
    'organisation.meetings == organisation.meetings.text',
    `${sum(
      'applications.received.in-person',
      'applications.received.fax',
      'applications.received.online',
      'applications.received.letter',
    )} = applications.received`,
    `${sum('applications.closed.on-time', 'applications.closed.extended')} = applications.closed`,
    `${sum(
      'applications.answered.already-public',
      'applications.answered.granted',
      'applications.answered.partly-granted',
      'applications.answered.refused',
      'applications.answered.not-this-agency',
      'applications.answered.not-exist',
      'applications.answered.correction-requested',
      'applications.answered.other-channel',
    )} = applications.answered`,
    `${sum(
      'applications.refused.state-secret',
      'applications.refused.commercial-secret',
      'applications.refused.privacy',
      'applications.refused.security-stability',
      'applications.refused.not-government-info',
      'applications.refused.other-legal',
    )} = applications.answered.refused`,
    'applications.closed <= applications.received',
    'requests.hotline.closed <= requests.hotline.received',
    'online.verified <= online.registered',
    `${sum('review.upheld', 'review.corrected', 'review.other')} = review.total`,
    `${sum('litigation.upheld', 'litigation.corrected', 'litigation.other')} = litigation.total`,
    `${sum('organisation.staff.full-time', 'organisation.staff.part-time')} = organisation.staff`,
    `${sum('requests.npc-suggestions', 'requests.cppcc-proposals')} = requests.proposals.total`,
    'requests.hotline.closed / requests.hotline.received ~ requests.hotline.close-rate-stated',
  ])('checks %s', (expected) => {
    expect(report.rules.map(signature)).toContain(expected)
  })

  it('gives every rule a Chinese and an English label', () => {
    for (const rule of report.rules) {
      expect(rule.label.zh, rule.id).toMatch(/\p{Script=Han}/u)
      expect(rule.label.en, rule.id).toMatch(/[A-Za-z]/)
    }
  })

  it('finds this report consistent under every rule', () => {
    const value = (id: string) => metric(id).value ?? Number.NaN
    const total = (ids: string[]) => ids.reduce((acc, id) => acc + value(id), 0)
    for (const rule of report.rules) {
      switch (rule.kind) {
        case 'sum':
          expect(total(rule.terms), rule.id).toBe(value(rule.total))
          break
        case 'sum-to':
          expect(total(rule.terms), rule.id).toBe(rule.expected)
          break
        case 'at-most':
          expect(value(rule.left), rule.id).toBeLessThanOrEqual(value(rule.right))
          break
        case 'same-figure':
          expect(value(rule.left), rule.id).toBe(value(rule.right))
          break
        case 'stated-rate':
          expect((100 * value(rule.numerator)) / value(rule.denominator), rule.id).toBeCloseTo(
            value(rule.stated),
            0,
          )
          break
      }
    }
  })
})
