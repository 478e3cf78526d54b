import { NATIONAL_2015_ROWS } from './national-2015-rows.ts'
import { APPLICATION_ROWS_2019, PROACTIVE_2019 } from './national-2019-rows.ts'
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_2021,
  PROACTIVE_2021,
  REVIEW_BLOCKS_2021,
  REVIEW_COLUMNS,
  type Row2021,
} from './national-2021-rows.ts'
import { applicationId, reviewId } from './national-2021-rules.ts'
import type { MetricInfo, TableFormat } from './types.ts'

const build2015 = (): Map<string, MetricInfo> => {
  const info = new Map<string, MetricInfo>()
  for (const row of NATIONAL_2015_ROWS) {
    if (row.kind !== 'figure') continue
    const { zh, en, category, parent, code } = row
    info.set(row.id, { label: { zh, en }, category, parent, code })
  }
  return info
}

/** Table 三 and table 四, which the 2019 trial and the 2021 format share (bar （六）其他处理). */
function addApplicationsAndReview(info: Map<string, MetricInfo>, rows: readonly Row2021[]): void {
  for (const row of rows) {
    for (const column of APPLICANT_COLUMNS) {
      info.set(applicationId(row.id, column.id), {
        label: { zh: `${row.zh}：${column.zh}`, en: `${row.en}: ${column.en}` },
        category: 'applications',
        parent: row.parent,
        code: row.code,
      })
    }
  }
  for (const block of REVIEW_BLOCKS_2021) {
    for (const column of REVIEW_COLUMNS) {
      info.set(reviewId(block.id, column.id), {
        label: { zh: `${block.zh}：${column.zh}`, en: `${block.en}: ${column.en}` },
        category: 'review-litigation',
        parent: block.parent,
        code: null,
      })
    }
  }
}

/**
 * The 2021 ids reuse the 2015 ones where the figure means the same (review.total is 行政复议数量
 * in 2015 and 行政复议 总计 in 2021), so that reports of both formats can be compared.
 */
const build2021 = (): Map<string, MetricInfo> => {
  const info = new Map<string, MetricInfo>()
  for (const row of PROACTIVE_2021) {
    for (const column of row.columns) {
      info.set(`${row.id}.${column.id}`, {
        label: { zh: `${row.zh}：${column.zh}`, en: `${row.en}: ${column.en}` },
        category: 'proactive',
        parent: 'table.proactive',
        code: null,
      })
    }
  }
  addApplicationsAndReview(info, APPLICATION_ROWS_2021)
  return info
}

/**
 * The 2019 trial format shares the 2021 ids wherever a figure means the same: table 三 and 四,
 * and 处理决定数量 of 行政许可/行政处罚/行政强制. （六）其他处理 is one row there,
 * `applications.other.<column>`, the sum of the 2021 rows `applications.other.*.<column>`. Its
 * own figures (本年新制作数量, 上一年项目数量, 政府集中采购 …) have ids of their own; the signed
 * 本年增/减 has none (see national-2019-cells.ts).
 */
const build2019 = (): Map<string, MetricInfo> => {
  const info = new Map<string, MetricInfo>()
  for (const row of PROACTIVE_2019) {
    for (const column of row.columns) {
      if (column.signed) continue
      info.set(`${row.id}.${column.id}`, {
        label: { zh: `${row.zh}：${column.zh}`, en: `${row.en}: ${column.en}` },
        category: 'proactive',
        parent: 'table.proactive',
        code: null,
      })
    }
  }
  addApplicationsAndReview(info, APPLICATION_ROWS_2019)
  return info
}

const INFO: Record<TableFormat, ReadonlyMap<string, MetricInfo>> = {
  'national-2015': build2015(),
  'national-2019': build2019(),
  'national-2021': build2021(),
}

/** Label, category and table placement of a metric id the importer writes for a format. */
export const metricInfo = (format: TableFormat, id: string): MetricInfo | undefined =>
  INFO[format].get(id)

/** Every metric id the importer writes for a format. */
export const metricIds = (format: TableFormat): string[] => [...INFO[format].keys()]
