import type { Category, Unit } from '../../../domain/report-schema.ts'
import { labelKey } from '../../text.ts'
import type { ColumnSpec, FormatSpec, RowSpec } from '../spec.ts'

/**
 * Fujian's provincial table before 2019 (政府信息公开情况统计表, 指标名称 / 计量单位 / 本年度 /
 * 历年累计), as printed in 平潭综合实验区's 2016 report, where the year column reads "2016年度".
 * Every row has the year's figure and 历年累计, the count since records began: a measure of its
 * own (`<id>.cumulative`), never mixed with the year's. Ids are the national 2015–2018 table's
 * where a row counts the same thing, so that the years of one agency line up.
 */

const YEAR: ColumnSpec = { id: null, zh: '本年度', en: 'this year' }
const CUMULATIVE: ColumnSpec = {
  id: null,
  zh: '历年累计',
  en: 'since records began',
  cumulative: true,
}

const row = (
  id: string,
  code: string | null,
  zh: string,
  en: string,
  unit: Unit,
  category: Category,
  parent: string | null,
): RowSpec => ({
  id,
  code,
  zh,
  en,
  parent,
  unit,
  category,
  keys: [labelKey(zh)],
  columns: [YEAR, CUMULATIVE],
})

const ROWS: readonly RowSpec[] = [
  row(
    'proactive.total',
    null,
    '主动公开文件数',
    'Documents proactively disclosed',
    'item',
    'proactive',
    null,
  ),
  row(
    'proactive.channel.website',
    '1.',
    '政府网站公开数',
    'On the government website',
    'item',
    'proactive',
    'proactive.total',
  ),
  row(
    'proactive.channel.gazette',
    '2.',
    '政府公报公开数',
    'In the government gazette',
    'item',
    'proactive',
    'proactive.total',
  ),
  row(
    'applications.received',
    null,
    '受理依申请公开信息总数',
    'Applications accepted',
    'item',
    'applications',
    null,
  ),
  row(
    'applications.received.in-person',
    '1.',
    '当面申请数',
    'In person',
    'item',
    'applications',
    'applications.received',
  ),
  row(
    'applications.received.online',
    '2.',
    '网上申请数',
    'Online',
    'item',
    'applications',
    'applications.received',
  ),
  row(
    'applications.received.letter-fax',
    '3.',
    '信函、传真申请数',
    'By letter or fax',
    'item',
    'applications',
    'applications.received',
  ),
  row(
    'applications.answered',
    null,
    '对申请的答复总数',
    'Applications answered',
    'item',
    'applications',
    null,
  ),
  row(
    'applications.answered.granted',
    '1.',
    '同意公开答复数',
    'Disclosure granted',
    'item',
    'applications',
    'applications.answered',
  ),
  row(
    'applications.answered.partly-granted',
    '2.',
    '同意部分公开答复数',
    'Partly granted',
    'item',
    'applications',
    'applications.answered',
  ),
  row(
    'applications.answered.refused',
    '3.',
    '不予公开答复数',
    'Refused',
    'item',
    'applications',
    'applications.answered',
  ),
  row(
    'applications.answered.other',
    '4.',
    '其他类型答复数',
    'Other answers',
    'item',
    'applications',
    'applications.answered',
  ),
  row(
    'applications.fees-waived',
    null,
    '政府信息公开收费减免金额',
    'Disclosure fees waived',
    'ten-thousand-yuan',
    'applications',
    null,
  ),
  {
    ...row(
      'complaints.total',
      null,
      '接受行政投诉、举报数',
      'Complaints and reports received',
      'piece',
      'review-litigation',
      null,
    ),
    // Printed 接受行政诉讼、举报数 in 平潭's 2016 table; both spellings are the same row.
    keys: ['举报数'],
  },
  row(
    'review.total',
    null,
    '行政复议数',
    'Administrative reconsiderations',
    'piece',
    'review-litigation',
    null,
  ),
  row(
    'litigation.total',
    null,
    '行政诉讼数',
    'Administrative lawsuits',
    'piece',
    'review-litigation',
    null,
  ),
]

const within = (part: string, total: string, label: string) => ({
  id: `${part}.within-total`,
  label,
  kind: 'at-most' as const,
  left: part,
  right: total,
})

export const FUJIAN_PROVINCIAL: FormatSpec = {
  id: 'fujian-provincial',
  label: {
    zh: '福建省政府信息公开情况统计表（2019 年前）',
    en: 'Fujian provincial table (before 2019)',
  },
  markers: ['指标名称', '历年累计'],
  distinctive: ['历年累计', '受理依申请公开信息总数', '主动公开文件数'],
  tables: [
    {
      id: 'fujian-provincial',
      title: {
        zh: '政府信息公开情况统计表',
        en: 'Statistics on government information disclosure',
      },
      headingKeys: ['指标名称', '计量单位', '历年累计'],
      rows: ROWS,
    },
  ],
  headings: [],
  rules: [
    {
      id: 'applications.received.by-channel',
      label: '当面、网上、信函传真申请数之和 = 受理依申请公开信息总数',
      kind: 'sum',
      terms: [
        'applications.received.in-person',
        'applications.received.online',
        'applications.received.letter-fax',
      ],
      total: 'applications.received',
    },
    {
      id: 'applications.answered.by-answer',
      label: '各类答复数之和 = 对申请的答复总数',
      kind: 'sum',
      terms: [
        'applications.answered.granted',
        'applications.answered.partly-granted',
        'applications.answered.refused',
        'applications.answered.other',
      ],
      total: 'applications.answered',
    },
    {
      id: 'proactive.channels-cover-total',
      label: '政府网站与政府公报公开数之和不少于主动公开文件数（同一文件多渠道公开计 1 条）',
      kind: 'covers',
      terms: ['proactive.channel.website', 'proactive.channel.gazette'],
      total: 'proactive.total',
    },
    // A part ("其中") is at most its total, in the year and since records began.
    ...ROWS.filter((row) => row.parent !== null).flatMap((row) => [
      within(row.id ?? '', row.parent ?? '', `${row.zh}不超过其总数（本年度）`),
      {
        ...within(
          `${row.id}.cumulative`,
          `${row.parent}.cumulative`,
          `${row.zh}不超过其总数（历年累计）`,
        ),
        id: `${row.id}.cumulative.within-total`,
      },
    ]),
    // The year's count is part of the count since records began.
    ...ROWS.map((row) => ({
      ...within(row.id ?? '', `${row.id}.cumulative`, `${row.zh}：本年度不超过历年累计`),
      id: `${row.id}.within-cumulative`,
    })),
  ],
}
