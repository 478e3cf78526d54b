/**
 * What the tables of 2019年上海市人民政府办公厅政府信息公开工作年度报告 say (fixtures
 * shanghai-2019-*.txt), and a complete table built from them, for the 2019 tests.
 */
import type { ImportResult } from '../../src/importer/types.ts'

const _ = null

/**
 * The tables of 2019年上海市人民政府办公厅政府信息公开工作年度报告 as published (typed from the
 * report's HTML, not from the importer); null where the report leaves the cell blank. Columns of
 * table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */
export const APPLICATIONS: Record<string, (number | null)[]> = {
  new: [821, 35, _, _, 2, 1, 859],
  'carried-over': [18, _, _, _, _, _, 18],
  granted: [258, 12, _, _, 1, 1, _],
  'partly-granted': [3, _, _, _, _, _, _],
  'refused.state-secret': [14, _, _, _, _, _, _],
  'refused.prohibited': [_, _, _, _, _, _, _],
  'refused.security-stability': [_, _, _, _, _, _, _],
  'refused.third-party': [_, _, _, _, _, _, _],
  'refused.internal-affairs': [5, _, _, _, _, _, _],
  'refused.process-information': [3, 1, _, _, _, _, _],
  'refused.enforcement-files': [_, _, _, _, _, _, _],
  'refused.query-matters': [10, 2, _, _, _, _, _],
  'unavailable.not-held': [252, 12, _, _, 1, _, _],
  'unavailable.needs-creation': [44, 3, _, _, _, _, _],
  'unavailable.unclear': [25, _, _, _, _, _, _],
  'not-processed.petition': [148, 1, _, _, _, _, _],
  'not-processed.repeated': [5, 4, _, _, _, _, _],
  'not-processed.publications': [_, _, _, _, _, _, _],
  'not-processed.mass-repeated': [_, _, _, _, _, _, _],
  'not-processed.confirmation': [_, _, _, _, _, _, _],
  other: [_, _, _, _, _, _, _],
  'results-total': [767, 35, _, _, 2, 1, 805],
  'carried-forward': [72, _, _, _, _, _, 72],
}
export const COLUMNS = [
  'natural-person',
  'business',
  'research',
  'public-interest',
  'legal-services',
  'other-org',
  'total',
]
export const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total']
export const REVIEW: [string, (number | null)[]][] = [
  ['review', [5, _, _, 2, 7]],
  ['litigation.direct', [8, _, _, 1, 9]],
  ['litigation.after-review', [_, _, _, _, _]],
]

export const PROACTIVE: Record<string, number> = {
  'proactive.regulations.made': 13,
  'proactive.regulations.published': 13,
  'proactive.regulations.public-total': 524,
  'proactive.normative-documents.made': 60,
  'proactive.normative-documents.published': 60,
  'proactive.normative-documents.public-total': 368,
  'proactive.licensing.previous-items': 0,
  'proactive.licensing.decisions': 0,
  'proactive.other-services.previous-items': 0,
  'proactive.other-services.decisions': 0,
  'proactive.penalties.previous-items': 0,
  'proactive.penalties.decisions': 0,
  'proactive.enforcement.previous-items': 0,
  'proactive.enforcement.decisions': 0,
  'proactive.administrative-fees.previous-items': 0,
  'proactive.procurement.projects': 6,
  // 251000元 in the report, in 万元
  'proactive.procurement.amount': 25.1,
}
export const APPLICATION_VALUES = Object.fromEntries(
  Object.entries(APPLICATIONS).flatMap(([row, values]) =>
    values.map((value, c) => [`applications.${row}.${COLUMNS[c]}`, value]),
  ),
)
export const REVIEW_VALUES = Object.fromEntries(
  REVIEW.flatMap(([block, values]) => values.map((v, c) => [`${block}.${OUTCOMES[c]}`, v])),
)

export const values = (result: ImportResult, prefix = '') =>
  Object.fromEntries(
    result.figures.filter((f) => f.id?.startsWith(prefix)).map((f) => [f.id, f.value]),
  )
export const changes = (result: ImportResult) =>
  result.figures.filter((f) => f.column === '本年增/减').map((f) => [f.rowLabel, f.value])

/** Lines of a complete table 三 and 四 built from the report's figures: blanks as 0, row totals added. */
const ROW_LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '（七）总计',
  '四、结转下年度继续办理',
]
/**
 * A constructed text, not a real report: table 三 and 四 with every cell printed, from the
 * report's figures with its blank cells as 0 and its blank 总计 cells as the rows' sums; without
 * layout (a cell to a line), or laid out as `pdftotext -layout` lays out a table (a row to a line,
 * each column at its place; null leaves the cell blank). `change` alters a row's seven cells.
 */
export function completeText(
  change: (row: number, cells: number[]) => (number | null)[] = (_, c) => c,
  layout = false,
): string {
  const rows = Object.values(APPLICATIONS).map((cells, r) => {
    const parts = cells.slice(0, 6).map((v) => v ?? 0)
    return change(r, [...parts, parts.reduce((a, b) => a + b, 0)])
  })
  const review = [5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0]
  const cells = (values: (number | null)[]) =>
    values.map((v) => String(v ?? '').padStart(8)).join('')
  return [
    '某某区人民政府办公室',
    '2020年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ...(layout
      ? ROW_LABELS.map((label, r) => `${label.padEnd(34)}${cells(rows[r] ?? [])}`)
      : ROW_LABELS.flatMap((label, r) => [label, ...(rows[r] ?? []).map((v) => String(v ?? ''))])),
    '四、政府信息公开行政复议、行政诉讼情况',
    ...(layout ? [review.join('   ')] : review.map(String)),
    '五、政府信息公开工作存在的主要问题及改进情况',
  ].join('\n')
}
