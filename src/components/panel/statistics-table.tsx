import { type FigureMap, sourceLine } from '#src/domain/figures.ts'
import { formatFigure, unitLabel } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { PANEL_LABELS } from './labels.ts'
import { tableRows } from './table-rows.ts'
import './statistics-table.css'

/** The row number as printed: 四、, (一), 1., 其中： (Of which:); a space follows those without 、 or ：. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/**
 * A row number as the table prints it: 一、 / (一) / 1. in Chinese; in English the same levels as
 * I. / (1) / 1., so that no Chinese numeral is left in an English row.
 */
export function rowCode(code: string, locale: Locale): string {
  if (code === '其中') return pick(PANEL_LABELS.ofWhich, locale)
  const top = NUMERALS.indexOf(code)
  if (top >= 0) return locale === 'zh' ? `${code}、` : `${ROMAN[top]}.`
  const inner = /^[(（]([一二三四五六七八九十])[)）]$/.exec(code)?.[1]
  if (inner && locale === 'en') return `(${NUMERALS.indexOf(inner) + 1})`
  return code
}

type Props = {
  /** One category's figures; the table shows those that are statistics-table rows. */
  figures: FigureMap
  caption: string
  locale: Locale
  /** Rows the panel shows elsewhere. */
  omit?: readonly string[]
}

/** The report's statistics-table rows as a table: row code, indicator indented by level, unit, figure. */
export function StatisticsTable({ figures, caption, locale, omit = [] }: Props) {
  const rows = tableRows([...figures.values()].filter((figure) => !omit.includes(figure.id)))
  return (
    <table className="statistics-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{pick(PANEL_LABELS.indicator, locale)}</th>
          <th scope="col">{pick(PANEL_LABELS.unit, locale)}</th>
          <th scope="col">{pick(PANEL_LABELS.figure, locale)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ figure, depth }) => {
          const code = figure.table.code && rowCode(figure.table.code, locale)
          const line = sourceLine(figure, figures)
          return (
            <tr key={figure.id} data-figure={figure.id}>
              <th scope="row" style={{ paddingInlineStart: `${0.25 + depth * 1.25}rem` }}>
                {code && <span className="statistics-table-code">{code}</span>}
                {code && !/[、：]$/.test(code) && ' '}
                {pick(figure.label, locale)}
              </th>
              <td>{unitLabel(figure.unit, locale, figure.value ?? 2)}</td>
              <td className={figure.value === null ? 'is-missing' : undefined}>
                {formatFigure(figure, locale)}
                {line !== null && ' '}
                {line !== null && (
                  <a className="source-link" href={sourceLineHref(line)}>
                    {t('line', locale, { n: line })}
                  </a>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
