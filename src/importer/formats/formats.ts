import type { MetricInfo, TableFormat } from '../types.ts'
import { FUJIAN_PROVINCIAL } from './fujian-provincial/spec.ts'
import { NATIONAL_2015 } from './national-2015/spec.ts'
import { NATIONAL_2019 } from './national-2019/spec.ts'
import { NATIONAL_2021 } from './national-2021/spec.ts'
import { type FormatSpec, metricId } from './spec.ts'

/** Every table format the importer reads. A new format is a spec folder and one line here. */
export const FORMATS: readonly FormatSpec[] = [
  NATIONAL_2015,
  NATIONAL_2019,
  NATIONAL_2021,
  FUJIAN_PROVINCIAL,
]

export function formatSpec(format: TableFormat): FormatSpec {
  const spec = FORMATS.find((candidate) => candidate.id === format)
  if (!spec) throw new Error(`no spec for table format ${format}`)
  return spec
}

function build(spec: FormatSpec): Map<string, MetricInfo> {
  const info = new Map<string, MetricInfo>()
  for (const table of spec.tables) {
    for (const row of table.rows) {
      for (const column of row.columns) {
        const id = metricId(row, column)
        if (id === null) continue
        const several = column.id !== null
        const zh = row.id === null ? column.zh : several ? `${row.zh}：${column.zh}` : row.zh
        const en = row.id === null ? column.en : several ? `${row.en}: ${column.en}` : row.en
        info.set(id, {
          label: column.cumulative
            ? { zh: `${zh}（历年累计）`, en: `${en} (since records began)` }
            : { zh, en },
          category: row.category,
          parent: column.parent ?? row.parent,
          code: row.id === null ? null : row.code,
        })
      }
    }
  }
  return info
}

const INFO = new Map(FORMATS.map((spec) => [spec.id, build(spec)]))

/** Label, category and table placement of a metric id the importer writes for a format. */
export const metricInfo = (format: TableFormat, id: string): MetricInfo | undefined =>
  INFO.get(format)?.get(id)

/** Every metric id the importer writes for a format. */
export const metricIds = (format: TableFormat): string[] => [...(INFO.get(format)?.keys() ?? [])]
