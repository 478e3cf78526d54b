import type { Citation, LocalizedText, Metric, Report, TableFormat, Unit } from './report-schema.ts'

/**
 * Figures that can be set side by side across reports, and how each table format gives them.
 * docs/row-mapping.md explains every choice, and what was left out and why.
 */

/** How one table format gives a figure: one row, a sum of rows, or not at all (and why). */
export type FormatSource =
  | { kind: 'metric'; id: string }
  | { kind: 'sum'; ids: readonly string[] }
  | { kind: 'absent'; reason: LocalizedText }

export type ComparableFigure = {
  id: string
  label: LocalizedText
  unit: Unit
  formats: Readonly<Record<TableFormat, FormatSource>>
  /**
   * 'same': the rows count the same thing in every format that has them. 'approximate': the
   * 2015–2018 row and the row of the tables under the revised Regulations (2019, 2021) are close
   * but not the same concept; the note says how they differ.
   */
  match: { kind: 'same' } | { kind: 'approximate'; note: LocalizedText }
}

/**
 * The Regulations each format reports under: the 2007 Regulations (in force 2008) for the
 * 2015–2018 table, the revised Regulations (国令第711号, 2019) for the 2019 and 2021 tables.
 * An 'approximate' figure is approximate only between formats of different Regulations.
 */
const REGULATIONS: Record<TableFormat, 2008 | 2019> = {
  'national-2015': 2008,
  'national-2019': 2019,
  'national-2021': 2019,
  'fujian-provincial': 2008,
}

const metric = (id: string): FormatSource => ({ kind: 'metric', id })
const sum = (...ids: string[]): FormatSource => ({ kind: 'sum', ids })
const absent = (zh: string, en: string): FormatSource => ({ kind: 'absent', reason: { zh, en } })
const approximate = (zh: string, en: string) => ({ kind: 'approximate' as const, note: { zh, en } })
const SAME = { kind: 'same' } as const

/**
 * The same rows in the 2019 trial and the 2021 table: the importer gives the 2019 trial format the
 * 2021 ids for tables 三 and 四.
 */
const revised = (source: FormatSource) => ({
  'national-2019': source,
  'national-2021': source,
})

/** A row Fujian's pre-2019 provincial table does not have. */
const NOT_IN_FUJIAN = (zh: string, en: string): FormatSource =>
  absent(
    `福建省 2019 年前的统计表没有这一行：${zh}`,
    `Fujian's table before 2019 has no such row: ${en}`,
  )

const NOT_IN_REVISED_TABLES = (what: LocalizedText): FormatSource =>
  absent(
    `2019 年起的统计表没有这一行：${what.zh}`,
    `The tables from 2019 on have no such row: ${what.en}`,
  )

const REFUSED_2021 = [
  'state-secret',
  'prohibited',
  'security-stability',
  'third-party',
  'internal-affairs',
  'process-information',
  'enforcement-files',
  'query-matters',
].map((reason) => `applications.refused.${reason}.total`)

export const COMPARABLE_FIGURES: readonly ComparableFigure[] = [
  {
    id: 'applications-received',
    label: { zh: '收到申请数', en: 'Applications received' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('applications.received'),
      'national-2015': metric('applications.received'),
      ...revised(metric('applications.new.total')),
    },
    match: approximate(
      '旧表“收到申请数”与新表“本年新收政府信息公开申请数量”都只计本年收到的申请；新表按修订后的《条例》统计，另列上年结转，并把信访举报投诉类等申请计入后作不予处理。',
      'The old row "applications received" and the new row "new applications this year" both count this year’s applications; the new tables follow the revised Regulations, list carried-over ones apart and count petition-type requests before declining them.',
    ),
  },
  {
    id: 'applications-handled',
    label: { zh: '办结申请数', en: 'Applications closed' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('applications.answered'),
      'national-2015': metric('applications.closed'),
      ...revised(metric('applications.results-total.total')),
    },
    match: approximate(
      '旧表“申请办结数”对应新表“本年度办理结果 总计”；新表的总计包括不予处理和其他处理的申请，旧表没有这些分项。',
      'The old row "applications closed" matches the new "outcomes this year: total", which includes applications not processed or otherwise handled; the old table has no such rows.',
    ),
  },
  {
    id: 'applications-granted',
    label: { zh: '予以公开', en: 'Disclosed' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('applications.answered.granted'),
      'national-2015': metric('applications.answered.granted'),
      ...revised(metric('applications.granted.total')),
    },
    match: approximate(
      '旧表“同意公开答复数”与新表“予以公开”接近；旧表把“属于已主动公开范围”另列一行，不在此数内。',
      'The old row "disclosure granted" is close to the new "disclosed"; the old table lists "already proactively disclosed" apart, outside this figure.',
    ),
  },
  {
    id: 'applications-partly-granted',
    label: { zh: '部分公开', en: 'Partly disclosed' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('applications.answered.partly-granted'),
      'national-2015': metric('applications.answered.partly-granted'),
      ...revised(metric('applications.partly-granted.total')),
    },
    match: approximate(
      '旧表“同意部分公开答复数”与新表“部分公开”接近；修订后的《条例》改变了不予公开部分的法定理由。',
      'The old row "disclosure partly granted" is close to the new "partly disclosed"; the revised Regulations changed the grounds for withholding a part.',
    ),
  },
  {
    id: 'applications-refused',
    label: { zh: '不予公开', en: 'Refused' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('applications.answered.refused'),
      'national-2015': metric('applications.answered.refused'),
      ...revised(sum(...REFUSED_2021)),
    },
    match: approximate(
      '旧表“不同意公开答复数”含“不是《条例》所指政府信息”；新表“不予公开”没有总计行，由八项理由相加，其中内部事务、过程性信息、行政执法案卷、行政查询事项为新增理由。',
      'The old row "disclosure refused" includes "not government information"; the new "refused" has no total row and is the sum of its eight grounds, four of them new (internal affairs, process information, enforcement files, query matters).',
    ),
  },
  {
    id: 'applications-not-held',
    label: { zh: '本机关不掌握', en: 'Not held by the agency' },
    unit: 'piece',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '其他类型答复不分理由',
        'other answers are not broken down by reason',
      ),
      'national-2015': sum(
        'applications.answered.not-this-agency',
        'applications.answered.not-exist',
      ),
      ...revised(metric('applications.unavailable.not-held.total')),
    },
    match: approximate(
      '新表“本机关不掌握相关政府信息”对应旧表“不属于本行政机关公开数”与“申请信息不存在数”两行之和。',
      'The new row "not held by this agency" matches the sum of the old rows "not held by this agency" and "information does not exist".',
    ),
  },
  {
    id: 'review-total',
    label: { zh: '行政复议', en: 'Administrative reconsiderations' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('review.total'),
      'national-2015': metric('review.total'),
      ...revised(metric('review.total')),
    },
    match: SAME,
  },
  {
    id: 'review-upheld',
    label: { zh: '行政复议：维持', en: 'Reconsiderations: upheld' },
    unit: 'piece',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '只列行政复议总数',
        'it gives the number of reconsiderations only',
      ),
      'national-2015': metric('review.upheld'),
      ...revised(metric('review.upheld')),
    },
    match: SAME,
  },
  {
    id: 'review-corrected',
    label: { zh: '行政复议：纠正', en: 'Reconsiderations: corrected' },
    unit: 'piece',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '只列行政复议总数',
        'it gives the number of reconsiderations only',
      ),
      'national-2015': metric('review.corrected'),
      ...revised(metric('review.corrected')),
    },
    match: SAME,
  },
  {
    id: 'litigation-total',
    label: { zh: '行政诉讼', en: 'Administrative lawsuits' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('litigation.total'),
      'national-2015': metric('litigation.total'),
      ...revised(sum('litigation.direct.total', 'litigation.after-review.total')),
    },
    match: SAME,
  },
  {
    id: 'litigation-upheld',
    label: { zh: '行政诉讼：维持', en: 'Lawsuits: upheld' },
    unit: 'piece',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '只列行政诉讼总数',
        'it gives the number of lawsuits only',
      ),
      'national-2015': metric('litigation.upheld'),
      ...revised(sum('litigation.direct.upheld', 'litigation.after-review.upheld')),
    },
    match: SAME,
  },
  {
    id: 'litigation-corrected',
    label: { zh: '行政诉讼：纠正', en: 'Lawsuits: corrected' },
    unit: 'piece',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '只列行政诉讼总数',
        'it gives the number of lawsuits only',
      ),
      'national-2015': metric('litigation.corrected'),
      ...revised(sum('litigation.direct.corrected', 'litigation.after-review.corrected')),
    },
    match: SAME,
  },
  {
    id: 'normative-documents-issued',
    label: { zh: '制发规范性文件', en: 'Normative documents issued' },
    unit: 'document',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '不统计制发的规范性文件',
        'it does not count normative documents issued',
      ),
      'national-2015': metric('proactive.normative-docs-issued'),
      'national-2019': metric('proactive.normative-documents.made'),
      'national-2021': metric('proactive.normative-documents.issued'),
    },
    match: approximate(
      '旧表“制发规范性文件总数”与新表“（行政）规范性文件 本年新制作数量／本年制发件数”接近；新表把规章另列一行。',
      'The old row "normative documents issued" is close to the new "(administrative) normative documents made / issued this year"; the new tables list government rules apart.',
    ),
  },
  {
    id: 'proactive-total',
    label: { zh: '主动公开政府信息数', en: 'Information proactively disclosed' },
    unit: 'item',
    formats: {
      'fujian-provincial': metric('proactive.total'),
      'national-2015': metric('proactive.total'),
      ...revised(
        NOT_IN_REVISED_TABLES({
          zh: '新表只列规章、规范性文件和许可、处罚等决定的件数，不统计主动公开信息的总条数',
          en: 'they count rules, normative documents and licensing or penalty decisions, not items disclosed',
        }),
      ),
    },
    match: SAME,
  },
  {
    id: 'complaints-total',
    label: { zh: '举报投诉', en: 'Reports and complaints' },
    unit: 'piece',
    formats: {
      'fujian-provincial': metric('complaints.total'),
      'national-2015': metric('complaints.total'),
      ...revised(
        NOT_IN_REVISED_TABLES({
          zh: '新表只统计行政复议和行政诉讼',
          en: 'they count reconsiderations and lawsuits only',
        }),
      ),
    },
    match: SAME,
  },
  {
    id: 'application-fees',
    label: { zh: '依申请公开收费', en: 'Fees for disclosure on application' },
    unit: 'ten-thousand-yuan',
    formats: {
      'fujian-provincial': NOT_IN_FUJIAN(
        '只列收费减免金额，不列收取的费用',
        'it gives the fees waived, not the fees charged',
      ),
      'national-2015': metric('applications.fees'),
      ...revised(
        NOT_IN_REVISED_TABLES({
          zh: '新表只统计逾期未缴费而不再处理的申请件数；“行政事业性收费”是机关的行政收费，不是信息公开费用',
          en: 'they count applications dropped for an unpaid fee, not the amount; "administrative fees" are the agency’s own charges, not disclosure fees',
        }),
      ),
    },
    match: SAME,
  },
]

const BY_ID = new Map(COMPARABLE_FIGURES.map((figure) => [figure.id, figure]))

export function comparableFigure(id: string): ComparableFigure {
  const figure = BY_ID.get(id)
  if (!figure) throw new Error(`no comparable figure "${id}"`)
  return figure
}

/** Every metric id a format's mapping reads. */
export function mappedMetricIds(format: TableFormat): string[] {
  return COMPARABLE_FIGURES.flatMap(({ formats }) => sourceIds(formats[format]))
}

const sourceIds = (source: FormatSource): readonly string[] =>
  source.kind === 'metric' ? [source.id] : source.kind === 'sum' ? source.ids : []

/**
 * Whether a figure of a report in format `a` can stand next to the same figure of a report in
 * format `b`: 'none' when either format lacks it.
 */
export function comparability(
  figure: ComparableFigure,
  a: TableFormat,
  b: TableFormat,
): 'same' | 'approximate' | 'none' {
  if (figure.formats[a].kind === 'absent' || figure.formats[b].kind === 'absent') return 'none'
  if (figure.match.kind === 'approximate' && REGULATIONS[a] !== REGULATIONS[b]) {
    return 'approximate'
  }
  return 'same'
}

/** One report row a compared figure is read from, with the line it is printed on. */
export type ValueSource = {
  metricId: string
  label: LocalizedText
  value: number | null
  asWritten: string
  approximate: boolean
  /** null when the report has no such metric at all. */
  citation: Citation | null
  /** The heading of the report section the citation is in. */
  section: LocalizedText | null
}

export type ComparableValue = {
  figure: ComparableFigure
  format: TableFormat
  /** null: not reported (a blank or missing row), or not in this format. Never 0 for either. */
  value: number | null
  /** 'sum': computed by adding `sources`; 'absent': the format has no such row. */
  how: 'direct' | 'sum' | 'absent'
  status: 'reported' | 'not-reported' | 'not-in-format'
  sources: ValueSource[]
  /** The report wrote 余 or 约 on a source row. */
  approximate: boolean
  /** As printed, for a direct figure ("2400余"); '' otherwise. */
  asWritten: string
  /** The arithmetic of a sum, with the report's figures: "26 + 20". */
  expression: string | null
  /** Why the format has no such row. */
  reason: LocalizedText | null
}

/** A figure of a report, read through its table format's mapping. */
export function comparableValue(report: Report, figureId: string): ComparableValue {
  const figure = comparableFigure(figureId)
  const format = report.meta.tableFormat
  const source = figure.formats[format]
  const base = { figure, format, approximate: false, asWritten: '', expression: null }
  if (source.kind === 'absent') {
    return {
      ...base,
      value: null,
      how: 'absent',
      status: 'not-in-format',
      sources: [],
      reason: source.reason,
    }
  }
  const metrics = new Map(report.metrics.map((entry) => [entry.id, entry]))
  const sections = new Map(report.sections.map((section) => [section.id, section.heading]))
  const sources = sourceIds(source).map((id) => {
    const found = valueSource(id, metrics.get(id))
    return { ...found, section: sections.get(found.citation?.section ?? '') ?? null }
  })
  const values = sources.map((entry) => entry.value)
  const complete = values.every((value): value is number => value !== null)
  const value = complete ? roundSum(values) : null
  return {
    ...base,
    value,
    how: source.kind === 'sum' ? 'sum' : 'direct',
    status: value === null ? 'not-reported' : 'reported',
    sources,
    approximate: sources.some((entry) => entry.approximate),
    asWritten: source.kind === 'metric' ? (sources[0]?.asWritten ?? '') : '',
    expression: source.kind === 'sum' && complete ? values.join(' + ') : null,
    reason: null,
  }
}

function valueSource(metricId: string, found: Metric | undefined): Omit<ValueSource, 'section'> {
  if (!found) {
    return {
      metricId,
      label: { zh: metricId, en: metricId },
      value: null,
      asWritten: '',
      approximate: false,
      citation: null,
    }
  }
  return {
    metricId,
    label: found.label,
    value: found.value,
    asWritten: found.asWritten,
    approximate: found.approximate,
    citation: found.citations[0] ?? null,
  }
}

/** Sums of decimal amounts (万元) without floating-point tails: 0.1 + 0.2 is 0.3. */
const roundSum = (values: readonly number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 1e6) / 1e6

/** The figures a format gives (not 'absent'), in list order. */
export function figuresInFormat(format: TableFormat): ComparableFigure[] {
  return COMPARABLE_FIGURES.filter((figure) => figure.formats[format].kind !== 'absent')
}
