import { toCsv } from '#src/lib/csv.ts'
import { unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import type { Comparison } from './comparison.ts'
import { FORMAT_SHORT } from './labels.ts'

const HEADER = {
  zh: [
    '指标',
    '机关',
    '年份',
    '统计表',
    '数值',
    '单位',
    '说明',
    '计算方法',
    '来源',
    '来源行',
    '原文',
  ],
  en: [
    'Indicator',
    'Agency',
    'Year',
    'Table',
    'Value',
    'Unit',
    'Note',
    'Computed as',
    'Source',
    'Line',
    'Quote',
  ],
}

const STATUS = {
  'not-reported': { zh: '未报告', en: 'Not reported' },
  'not-in-format': { zh: '本表无此项', en: 'Not in this table' },
} as const

/**
 * The comparison as CSV: one line per figure and report, the raw number (empty when not reported
 * or not in the report's table), why it is empty, the sum a computed figure is, and each source
 * row's line and words (a sum lists its rows' lines, joined by "; ").
 */
export function comparisonCsv({ columns, rows }: Comparison, locale: Locale): string {
  const lines = rows.flatMap((row) =>
    row.cells.map((cell, index) => {
      const column = columns[index]
      const cited = cell.sources.flatMap(({ citation, section }) =>
        citation ? [{ ...citation, heading: section ? pick(section, locale) : '' }] : [],
      )
      const note =
        cell.status === 'reported'
          ? row.match === 'approximate' && row.figure.match.kind === 'approximate'
            ? row.figure.match.note[locale]
            : ''
          : `${STATUS[cell.status][locale]}${cell.reason ? `: ${cell.reason[locale]}` : ''}`
      return [
        pick(row.figure.label, locale),
        column ? pick(column.agency, locale) : '',
        column?.year ?? null,
        column ? pick(FORMAT_SHORT[column.format], locale) : '',
        cell.value,
        unitLabel(row.figure.unit, locale, cell.value ?? 2),
        note,
        cell.expression ?? '',
        [...new Set(cited.map((citation) => citation.heading))].join('; '),
        [...new Set(cited.map((citation) => citation.line))].join('; '),
        [...new Set(cited.map((citation) => citation.quote))].join('; '),
      ]
    }),
  )
  return toCsv(HEADER[locale], lines)
}
