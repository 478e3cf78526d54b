import { useId, useMemo } from 'react'
import { rowCode } from '#src/components/panel/statistics-table.tsx'
import { APPLICANT_COLUMNS } from '#src/domain/applicant-columns.ts'
import type { FigureMap } from '#src/domain/figures.ts'
import type { TableHeading } from '#src/domain/report-schema.ts'
import { formatFigure, NOT_REPORTED } from '#src/lib/format.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import {
  APPLICATIONS_TABLE_LABELS,
  applicationsTableLabel,
  ORGANISATION_COLUMNS,
} from './labels.ts'
import { type FigureRow, type HeadingRow, matrixRows, tableHeading } from './matrix-rows.ts'
import './applications-table.css'

type Props = {
  /** The applications category's figures. */
  figures: FigureMap
  /** The report's table headings (the group rows' names); the 2021 format's own when empty. */
  headings: readonly TableHeading[]
  locale: Locale
}

const indent = (depth: number) => ({ paddingInlineStart: `${0.4 + depth * 1.1}rem` })

/**
 * The applications table as the report prints it: its rows under their group headings, the seven
 * applicant columns, every cell titled with its source line and every row linked to it. It scrolls
 * sideways inside its box on a phone, with the row names kept in view.
 */
export function ApplicationsMatrix({ figures, headings, locale }: Props) {
  const rows = useMemo(() => matrixRows(figures.values(), headings), [figures, headings])
  const captionId = useId()
  const heading = tableHeading(headings)
  const headingText = heading
    ? `${heading.code ? codePrefix(heading.code, locale) : ''}${pick(heading.label, locale)}`
    : pick(APPLICATIONS_TABLE_LABELS.defaultHeading, locale)
  const [person, ...rest] = APPLICANT_COLUMNS
  const organisations = rest.slice(0, ORGANISATION_COLUMNS)
  const total = rest[ORGANISATION_COLUMNS]
  return (
    <>
      <p className="matrix-scroll-hint">{applicationsTableLabel('scrollHint', locale)}</p>
      <section
        className="table-scroll applications-matrix-scroll"
        aria-labelledby={captionId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus, so a keyboard can scroll it (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="applications-matrix">
          <caption id={captionId}>
            {applicationsTableLabel('caption', locale, { heading: headingText })}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {applicationsTableLabel('indicator', locale)}
              </th>
              <th scope="col" rowSpan={2}>
                {pick(person.short, locale)}
              </th>
              <th scope="colgroup" colSpan={organisations.length}>
                {applicationsTableLabel('organisations', locale)}
              </th>
              <th scope="col" rowSpan={2}>
                {total && pick(total.short, locale)}
              </th>
              <th scope="col" rowSpan={2}>
                {applicationsTableLabel('source', locale)}
              </th>
            </tr>
            <tr>
              {organisations.map((column) => (
                <th scope="col" key={column.key}>
                  {pick(column.short, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.kind === 'heading' ? (
                <GroupRow key={row.id} row={row} locale={locale} />
              ) : (
                <CellsRow key={row.key} row={row} locale={locale} />
              ),
            )}
          </tbody>
        </table>
      </section>
    </>
  )
}

/** The row number and, unless it ends in 、 or ：, a space before the label. */
function codePrefix(code: string, locale: Locale): string {
  const text = rowCode(code, locale)
  return /[、：]$/.test(text) ? text : `${text} `
}

function Code({ code, locale }: { code: string | null; locale: Locale }) {
  if (!code) return null
  const text = rowCode(code, locale)
  return (
    <>
      <span className="applications-matrix-code">{text}</span>
      {!/[、：]$/.test(text) && ' '}
    </>
  )
}

function GroupRow({ row, locale }: { row: HeadingRow; locale: Locale }) {
  return (
    <tr className="applications-matrix-group" data-heading={row.id}>
      <th scope="rowgroup" colSpan={APPLICANT_COLUMNS.length + 2} style={indent(row.depth)}>
        <span className="applications-matrix-group-name">
          <Code code={row.code} locale={locale} />
          {pick(row.label, locale)}
        </span>
      </th>
    </tr>
  )
}

function CellsRow({ row, locale }: { row: FigureRow; locale: Locale }) {
  return (
    <tr data-row={row.key}>
      <th scope="row" style={indent(row.depth)}>
        <Code code={row.code} locale={locale} />
        {pick(row.label, locale)}
      </th>
      {row.cells.map((figure, index) => {
        const column = APPLICANT_COLUMNS[index]?.key ?? index
        if (!figure) {
          return (
            <td key={column} className="is-missing">
              {NOT_REPORTED[locale]}
            </td>
          )
        }
        const line = figure.citations[0]?.line
        return (
          <td
            key={column}
            className={figure.value === null ? 'is-missing' : undefined}
            data-figure={figure.id}
            title={applicationsTableLabel('cellTitle', locale, {
              label: pick(figure.label, locale),
              line: line === undefined ? '' : t('line', locale, { n: line }),
            })}
          >
            {formatFigure(figure, locale)}
          </td>
        )
      })}
      <td className="applications-matrix-source">
        {row.lines.map((line) => (
          <a key={line} className="source-link" href={sourceLineHref(line)}>
            {t('line', locale, { n: line })}
          </a>
        ))}
      </td>
    </tr>
  )
}
