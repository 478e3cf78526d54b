import type { Unit } from '../domain/report-schema.ts'
import { APPLICATION_ROWS_2021, type Row2021 } from './national-2021-rows.ts'

/**
 * The 2019 trial tables (国办公开办函〔2019〕60号, 《中华人民共和国政府信息公开工作年度报告格式
 * （试行）》), used for the 2019 and 2020 reports. Wording as printed in a real report of that
 * format: 2019年上海市人民政府办公厅政府信息公开工作年度报告 (published 2020-01-31; its HTML is
 * kept in a public GitHub file, found with the search tool's find_string "对外公开总数量", id
 * 18090078150). Its table 二 reads:
 *
 *   第二十条第（一）项  信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
 *                       规章; 规范性文件
 *   第二十条第（五）项  信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
 *                       行政许可; 其他对外管理服务事项
 *   第二十条第（六）项  信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
 *                       行政处罚; 行政强制
 *   第二十条第（八）项  信息内容 | 上一年项目数量 | 本年增/减
 *                       行政事业性收费
 *   第二十条第（九）项  信息内容 | 采购项目数量 | 采购总金额
 *                       政府集中采购
 *
 * Its table 三 has the 2021 applicant columns and rows, except that （六）其他处理 is one row with
 * figures (2021 splits it into 1. 逾期不补正 2. 逾期未缴费 3. 其他); （三）不予公开 1–8,
 * （四）无法提供 1–3 and （五）不予处理 1–5 are worded as in 2021 (1.信访举报投诉类申请 2.重复申请
 * 3.要求提供公开出版物 4.无正当理由大量反复申请 5.要求行政机关确认或重新出具已获取信息). Table 四
 * is the 2021 one (行政复议; 行政诉讼 未经复议直接起诉 / 复议后起诉; 结果维持 … 总计).
 */

export type Column2019 = {
  id: string
  zh: string
  en: string
  unit: Unit
  /** A fragment of the heading's first line ("本年新" of 本年新/制作数量), to find its position. */
  key: string
  /** 本年增/减: a signed change, which the dataset cannot hold (its values are non-negative). */
  signed?: true
}

export type ProactiveRow2019 = {
  id: string
  zh: string
  /** Other spellings of the label in reports of this format. */
  aliases: string[]
  en: string
  /** 第二十条 第（…）项 the row belongs to. */
  item: string
  columns: Column2019[]
}

const DOCUMENTS: Column2019[] = [
  { id: 'made', zh: '本年新制作数量', en: 'made this year', unit: 'document', key: '本年新' },
  {
    id: 'published',
    zh: '本年新公开数量',
    en: 'published this year',
    unit: 'document',
    key: '本年新',
  },
  {
    id: 'public-total',
    zh: '对外公开总数量',
    en: 'public in total',
    unit: 'document',
    key: '对外公开',
  },
]
const PREVIOUS: Column2019 = {
  id: 'previous-items',
  zh: '上一年项目数量',
  en: 'items last year',
  unit: 'entry',
  key: '上一年',
}
const CHANGE: Column2019 = {
  id: 'change',
  zh: '本年增/减',
  en: 'change this year',
  unit: 'entry',
  key: '增',
  signed: true,
}
/** 处理决定数量 means what the 2021 format's 本年处理决定数量 means: the ids are shared. */
const ITEMS: Column2019[] = [
  PREVIOUS,
  CHANGE,
  {
    id: 'decisions',
    zh: '处理决定数量',
    en: 'decisions this year',
    unit: 'piece',
    key: '处理决定',
  },
]

const proactive = (
  id: string,
  zh: string,
  en: string,
  item: string,
  columns: Column2019[],
  aliases: string[] = [],
): ProactiveRow2019 => ({ id, zh, en, item, columns, aliases })

/** 主动公开政府信息情况 in printed order. */
export const PROACTIVE_2019: readonly ProactiveRow2019[] = [
  proactive('proactive.regulations', '规章', 'Government rules', '一', DOCUMENTS),
  proactive('proactive.normative-documents', '规范性文件', 'Normative documents', '一', DOCUMENTS, [
    '行政规范性文件',
  ]),
  proactive('proactive.licensing', '行政许可', 'Administrative licensing', '五', ITEMS),
  proactive(
    'proactive.other-services',
    '其他对外管理服务事项',
    'Other external management and service matters',
    '五',
    ITEMS,
  ),
  proactive('proactive.penalties', '行政处罚', 'Administrative penalties', '六', ITEMS),
  proactive('proactive.enforcement', '行政强制', 'Administrative compulsion', '六', ITEMS),
  proactive('proactive.administrative-fees', '行政事业性收费', 'Administrative fees', '八', [
    PREVIOUS,
    CHANGE,
  ]),
  proactive('proactive.procurement', '政府集中采购', 'Centralised government procurement', '九', [
    { id: 'projects', zh: '采购项目数量', en: 'projects', unit: 'entry', key: '采购项目' },
    {
      id: 'amount',
      zh: '采购总金额',
      en: 'total amount',
      unit: 'ten-thousand-yuan',
      key: '采购总金额',
    },
  ]),
]

const RESULTS = 'table.applications.results'

/** The single （六）其他处理 row: `applications.other.<column>`, the sum of 2021's three sub-rows. */
const OTHER: Row2021 = {
  id: 'other',
  code: '(六)',
  zh: '其他处理',
  en: 'Otherwise handled',
  parent: RESULTS,
  keys: ['其他处理'],
}

/** 收到和处理政府信息公开申请情况: the 2021 rows, with （六）其他处理 as one row (23 rows). */
export const APPLICATION_ROWS_2019: readonly Row2021[] = APPLICATION_ROWS_2021.flatMap((row) =>
  row.id.startsWith('other.') ? [] : row.id === 'results-total' ? [OTHER, row] : [row],
)

/** Rows of the 2019 tables that carry no figure, for the dataset's `tableHeadings`. */
export const HEADINGS_2019 = [
  {
    id: 'table.proactive',
    code: '二',
    zh: '主动公开政府信息情况',
    en: 'Proactive disclosure',
    parent: null,
  },
  {
    id: 'table.applications',
    code: '三',
    zh: '收到和处理政府信息公开申请情况',
    en: 'Applications received and handled',
    parent: null,
  },
  {
    id: RESULTS,
    code: '三',
    zh: '本年度办理结果',
    en: 'Outcomes this year',
    parent: 'table.applications',
  },
  {
    id: 'table.applications.refused',
    code: '(三)',
    zh: '不予公开',
    en: 'Refused',
    parent: RESULTS,
  },
  {
    id: 'table.applications.unavailable',
    code: '(四)',
    zh: '无法提供',
    en: 'Cannot be provided',
    parent: RESULTS,
  },
  {
    id: 'table.applications.not-processed',
    code: '(五)',
    zh: '不予处理',
    en: 'Not processed',
    parent: RESULTS,
  },
  {
    id: 'table.review-litigation',
    code: '四',
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative reconsideration and litigation',
    parent: null,
  },
  {
    id: 'table.litigation',
    code: null,
    zh: '行政诉讼',
    en: 'Administrative litigation',
    parent: 'table.review-litigation',
  },
] as const
