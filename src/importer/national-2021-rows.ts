import type { Unit } from '../domain/report-schema.ts'

/**
 * The 2021 tables (国办公开办函〔2021〕30号), in printed order. `keys` are fragments of the
 * label (compared without spaces, quotes or row numbers) that survive the label wrapping onto
 * several lines; `exact` is a label that must be the whole text after its row number.
 */
export type Row2021 = {
  id: string
  code: string | null
  zh: string
  en: string
  parent: string
  keys: string[]
  exact?: string
}

export type Column2021 = { id: string; zh: string; en: string }

export type ProactiveRow2021 = {
  id: string
  zh: string
  en: string
  unit: Unit
  columns: Column2021[]
}

const DOCUMENT_COLUMNS: Column2021[] = [
  { id: 'issued', zh: '本年制发件数', en: 'issued this year' },
  { id: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  { id: 'in-force', zh: '现行有效件数', en: 'in force' },
]
const DECISIONS: Column2021[] = [
  { id: 'decisions', zh: '本年处理决定数量', en: 'decisions this year' },
]

/** 第二十条 第（一）（五）（六）（八）项: what the agency decided and charged. */
export const PROACTIVE_2021: readonly ProactiveRow2021[] = [
  {
    id: 'proactive.regulations',
    zh: '规章',
    en: 'Government rules',
    unit: 'document',
    columns: DOCUMENT_COLUMNS,
  },
  {
    id: 'proactive.normative-documents',
    zh: '行政规范性文件',
    en: 'Administrative normative documents',
    unit: 'document',
    columns: DOCUMENT_COLUMNS,
  },
  {
    id: 'proactive.licensing',
    zh: '行政许可',
    en: 'Administrative licensing',
    unit: 'piece',
    columns: DECISIONS,
  },
  {
    id: 'proactive.penalties',
    zh: '行政处罚',
    en: 'Administrative penalties',
    unit: 'piece',
    columns: DECISIONS,
  },
  {
    id: 'proactive.enforcement',
    zh: '行政强制',
    en: 'Administrative compulsion',
    unit: 'piece',
    columns: DECISIONS,
  },
  {
    id: 'proactive.administrative-fees',
    zh: '行政事业性收费',
    en: 'Administrative fees',
    unit: 'ten-thousand-yuan',
    columns: [{ id: 'amount', zh: '本年收费金额（单位：万元）', en: 'charged this year' }],
  },
]

export const APPLICANT_COLUMNS: readonly Column2021[] = [
  { id: 'natural-person', zh: '自然人', en: 'natural persons' },
  { id: 'business', zh: '商业企业', en: 'businesses' },
  { id: 'research', zh: '科研机构', en: 'research institutions' },
  { id: 'public-interest', zh: '社会公益组织', en: 'public-interest organisations' },
  { id: 'legal-services', zh: '法律服务机构', en: 'legal service institutions' },
  { id: 'other-org', zh: '其他', en: 'other organisations' },
  { id: 'total', zh: '总计', en: 'total' },
]

const row = (
  id: string,
  code: string | null,
  zh: string,
  en: string,
  parent: string,
  keys: string[],
  exact?: string,
): Row2021 => ({ id, code, zh, en, parent, keys, ...(exact ? { exact } : {}) })

const A = 'table.applications'
const RESULTS = 'table.applications.results'
const REFUSED = 'table.applications.refused'
const UNAVAILABLE = 'table.applications.unavailable'
const NOT_PROCESSED = 'table.applications.not-processed'
const OTHER = 'table.applications.other'

/** 收到和处理政府信息公开申请情况: the 25 rows, each with the seven applicant columns. */
export const APPLICATION_ROWS_2021: readonly Row2021[] = [
  row('new', '一', '本年新收政府信息公开申请数量', 'New applications this year', A, ['本年新收']),
  row('carried-over', '二', '上年结转政府信息公开申请数量', 'Carried over from last year', A, [
    '上年结转',
  ]),
  row('granted', '(一)', '予以公开', 'Disclosed', RESULTS, ['予以公开']),
  row('partly-granted', '(二)', '部分公开', 'Partly disclosed', RESULTS, ['部分公开']),
  row('refused.state-secret', '1.', '属于国家秘密', 'State secrets', REFUSED, ['国家秘密']),
  row('refused.prohibited', '2.', '其他法律行政法规禁止公开', 'Prohibited by other laws', REFUSED, [
    '禁止公开',
  ]),
  row(
    'refused.security-stability',
    '3.',
    '危及“三安全一稳定”',
    'Would endanger the three securities and stability',
    REFUSED,
    ['三安全一稳定'],
  ),
  row(
    'refused.third-party',
    '4.',
    '保护第三方合法权益',
    "Protects a third party's rights",
    REFUSED,
    ['第三方合法权益'],
  ),
  row('refused.internal-affairs', '5.', '属于三类内部事务信息', 'Internal affairs', REFUSED, [
    '内部事务',
  ]),
  row('refused.process-information', '6.', '属于四类过程性信息', 'Process information', REFUSED, [
    '过程性信息',
  ]),
  row('refused.enforcement-files', '7.', '属于行政执法案卷', 'Law-enforcement files', REFUSED, [
    '行政执法案卷',
  ]),
  row('refused.query-matters', '8.', '属于行政查询事项', 'Administrative query matters', REFUSED, [
    '行政查询事项',
  ]),
  row(
    'unavailable.not-held',
    '1.',
    '本机关不掌握相关政府信息',
    'Not held by this agency',
    UNAVAILABLE,
    ['不掌握'],
  ),
  row(
    'unavailable.needs-creation',
    '2.',
    '没有现成信息需要另行制作',
    'Would have to be created',
    UNAVAILABLE,
    ['另行制作'],
  ),
  row(
    'unavailable.unclear',
    '3.',
    '补正后申请内容仍不明确',
    'Still unclear after correction',
    UNAVAILABLE,
    ['仍不明确'],
  ),
  row(
    'not-processed.petition',
    '1.',
    '信访举报投诉类申请',
    'Petitions, reports and complaints',
    NOT_PROCESSED,
    ['信访举报投诉'],
  ),
  row('not-processed.repeated', '2.', '重复申请', 'Repeated applications', NOT_PROCESSED, [
    '重复申请',
  ]),
  row(
    'not-processed.publications',
    '3.',
    '要求提供公开出版物',
    'Asks for published material',
    NOT_PROCESSED,
    ['公开出版物'],
  ),
  row(
    'not-processed.mass-repeated',
    '4.',
    '无正当理由大量反复申请',
    'Mass repeated applications without good reason',
    NOT_PROCESSED,
    ['大量反复'],
  ),
  row(
    'not-processed.confirmation',
    '5.',
    '要求行政机关确认或重新出具已获取信息',
    'Asks to confirm or reissue information already obtained',
    NOT_PROCESSED,
    ['确认或重新出'],
  ),
  row(
    'other.not-corrected',
    '1.',
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'Applicant did not correct in time',
    OTHER,
    ['逾期不补'],
  ),
  row(
    'other.fee-unpaid',
    '2.',
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'Applicant did not pay the fee in time',
    OTHER,
    ['收费通知'],
  ),
  row('other.other', '3.', '其他', 'Other', OTHER, [], '其他'),
  row('results-total', '(七)', '总计', 'Total handled', RESULTS, ['(七)总计'], '总计'),
  row('carried-forward', '四', '结转下年度继续办理', 'Carried forward to next year', A, [
    '结转下年度',
  ]),
]

export const REVIEW_COLUMNS: readonly Column2021[] = [
  { id: 'upheld', zh: '结果维持', en: 'upheld' },
  { id: 'corrected', zh: '结果纠正', en: 'corrected' },
  { id: 'other', zh: '其他结果', en: 'other outcome' },
  { id: 'pending', zh: '尚未审结', en: 'pending' },
  { id: 'total', zh: '总计', en: 'total' },
]

/** 政府信息公开行政复议、行政诉讼情况: three blocks of five columns, in printed order. */
export const REVIEW_BLOCKS_2021 = [
  {
    id: 'review',
    zh: '行政复议',
    en: 'Administrative reconsideration',
    parent: 'table.review-litigation',
    hints: ['行政复议'],
  },
  {
    id: 'litigation.direct',
    zh: '行政诉讼（未经复议直接起诉）',
    en: 'Lawsuits without prior reconsideration',
    parent: 'table.litigation',
    hints: ['直接起诉'],
  },
  {
    id: 'litigation.after-review',
    zh: '行政诉讼（复议后起诉）',
    en: 'Lawsuits after reconsideration',
    parent: 'table.litigation',
    hints: ['复议后起诉'],
  },
] as const

/** Rows of the 2021 tables that carry no figure, for the dataset's `tableHeadings`. */
export const HEADINGS_2021 = [
  {
    id: 'table.proactive',
    code: '二',
    zh: '主动公开政府信息情况',
    en: 'Proactive disclosure',
    parent: null,
    keys: ['主动公开政府信息情况'],
  },
  {
    id: 'table.applications',
    code: '三',
    zh: '收到和处理政府信息公开申请情况',
    en: 'Applications received and handled',
    parent: null,
    keys: ['收到和处理政府信息公开申请情况'],
  },
  { id: RESULTS, code: '三', zh: '本年度办理结果', en: 'Outcomes this year', parent: A, keys: [] },
  { id: REFUSED, code: '(三)', zh: '不予公开', en: 'Refused', parent: RESULTS, keys: [] },
  {
    id: UNAVAILABLE,
    code: '(四)',
    zh: '无法提供',
    en: 'Cannot be provided',
    parent: RESULTS,
    keys: [],
  },
  {
    id: NOT_PROCESSED,
    code: '(五)',
    zh: '不予处理',
    en: 'Not processed',
    parent: RESULTS,
    keys: [],
  },
  { id: OTHER, code: '(六)', zh: '其他处理', en: 'Otherwise handled', parent: RESULTS, keys: [] },
  {
    id: 'table.review-litigation',
    code: '四',
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative reconsideration and litigation',
    parent: null,
    keys: ['行政复议、行政诉讼情况'],
  },
  {
    id: 'table.litigation',
    code: null,
    zh: '行政诉讼',
    en: 'Administrative litigation',
    parent: 'table.review-litigation',
    keys: [],
  },
] as const
