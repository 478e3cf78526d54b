import type { Unit } from '#src/domain/report-schema.ts'
import { LANGUAGE_TAG, type Locale } from './locale.ts'

const UNIT_LABELS: Record<Unit, { zh: string; en: (n: number) => string }> = {
  item: { zh: '条', en: (n) => (n === 1 ? 'item' : 'items') },
  piece: { zh: '件', en: (n) => (n === 1 ? 'case' : 'cases') },
  document: { zh: '件', en: (n) => (n === 1 ? 'document' : 'documents') },
  time: { zh: '次', en: (n) => (n === 1 ? 'time' : 'times') },
  article: { zh: '篇', en: (n) => (n === 1 ? 'article' : 'articles') },
  'ten-thousand-yuan': { zh: '万元', en: () => '× 10,000 yuan' },
  count: { zh: '个', en: () => '' },
  person: { zh: '人', en: (n) => (n === 1 ? 'person' : 'people') },
  'person-time': { zh: '人次', en: () => 'attendances' },
  entry: { zh: '项', en: (n) => (n === 1 ? 'item' : 'items') },
  transaction: { zh: '笔', en: (n) => (n === 1 ? 'transaction' : 'transactions') },
  kind: { zh: '类', en: (n) => (n === 1 ? 'kind' : 'kinds') },
  percent: { zh: '%', en: () => '%' },
}

export function unitLabel(unit: Unit, locale: Locale, value = 2): string {
  const label = UNIT_LABELS[unit]
  return locale === 'zh' ? label.zh : label.en(value)
}

const formatters = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale}:${compact}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANGUAGE_TAG[locale], {
      // Chinese readers expect 万 and 亿 for large numbers; English keeps the full figure.
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: 2,
      // Chinese official text, this report included, writes 2475 and 10995 without separators.
      useGrouping: locale === 'zh' ? false : 'auto',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * A number for the active locale: 26.04万 in Chinese, 260,400 in English. 万 and 亿 are used only
 * where they lose no digit (10995 stays 10995), so a figure never reads rounder than the report.
 */
export function formatNumber(value: number, locale: Locale): string {
  const compact = locale === 'zh' && Math.abs(value) >= 10_000 && Number.isInteger(value / 100)
  return numberFormat(locale, compact).format(value)
}

export type ApproximateMarker = '余' | '约' | null

/**
 * Which approximation applies: 余 (more than) where the report wrote 余, otherwise 约 (about),
 * which is also what a computed estimate is.
 */
export function approximateMarker(asWritten: string, approximate: boolean): ApproximateMarker {
  if (!approximate) return null
  return asWritten.includes('余') ? '余' : '约'
}

export type FormattableFigure = {
  value: number | null
  unit: Unit
  approximate: boolean
  asWritten?: string
}

export const NOT_REPORTED = { zh: '未报告', en: 'Not reported' } as const

/** The figure with its approximation marker, without the unit: "2400余", "over 2,400", "100%". */
export function formatFigure(figure: FormattableFigure, locale: Locale): string {
  if (figure.value === null) return NOT_REPORTED[locale]
  const number = formatNumber(figure.value, locale)
  const text = figure.unit === 'percent' ? `${number}%` : number
  const marker = approximateMarker(figure.asWritten ?? '', figure.approximate)
  if (!marker) return text
  if (locale === 'zh') return marker === '约' ? `约${text}` : `${text}余`
  return marker === '约' ? `about ${text}` : `over ${text}`
}

/** The figure with its unit: "2475 条", "2,475 items", "100%". */
export function formatFigureWithUnit(figure: FormattableFigure, locale: Locale): string {
  const text = formatFigure(figure, locale)
  if (figure.value === null || figure.unit === 'percent') return text
  const unit = unitLabel(figure.unit, locale, figure.value)
  if (!unit) return text
  return `${text} ${unit}`
}
