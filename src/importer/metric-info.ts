import { NATIONAL_2015_ROWS } from './national-2015-rows.ts'
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_2021,
  PROACTIVE_2021,
  REVIEW_BLOCKS_2021,
  REVIEW_COLUMNS,
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
  for (const row of APPLICATION_ROWS_2021) {
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
  return info
}

const INFO: Record<TableFormat, ReadonlyMap<string, MetricInfo>> = {
  'national-2015': build2015(),
  'national-2021': build2021(),
}

/** Label, category and table placement of a metric id the importer writes for a format. */
export const metricInfo = (format: TableFormat, id: string): MetricInfo | undefined =>
  INFO[format].get(id)

/** Every metric id the importer writes for a format. */
export const metricIds = (format: TableFormat): string[] => [...INFO[format].keys()]
