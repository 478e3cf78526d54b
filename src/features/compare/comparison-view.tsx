import { useMemo, useRef, useState } from 'react'
import { type ChartExport, ChartHost } from '#src/components/chart/chart-host.tsx'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { ChartTools } from '#src/components/panel/chart-tools.tsx'
import type { Report } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { buildComparison, columnName, comparisonNotes, rowName } from './comparison.ts'
import { comparisonCsv } from './comparison-csv.ts'
import {
  buildComparisonOption,
  comparisonChartHeight,
  comparisonSentence,
} from './comparison-option.ts'
import { ComparisonTable, type LineHref } from './comparison-table.tsx'
import { compareLabel } from './labels.ts'
import { SelectedValue } from './selected-value.tsx'

type Props = {
  reports: readonly Report[]
  currentId: string
  locale: Locale
  palette: ChartPalette
  lineHref: LineHref
}

/**
 * Reports side by side: the notes that qualify the comparison, then a grouped bar chart of the
 * figures at least two of them give, with the chart/table switch and downloads; the table holds
 * every figure, with its sources.
 */
export function ComparisonView({ reports, currentId, locale, palette, lineHref }: Props) {
  const comparison = useMemo(() => buildComparison(reports, currentId), [reports, currentId])
  const option = useMemo(
    () => buildComparisonOption({ comparison, locale, palette }),
    [comparison, locale, palette],
  )
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const [selected, setSelected] = useState<string | null>(null)
  const exporter = useRef<ChartExport>(null)
  const drawn = comparison.rows.filter((row) => row.drawn)
  const shown = drawn.length > 0 ? view : 'table'
  const notDrawn = comparison.rows.filter((row) => !row.drawn)
  const names = comparison.columns.map((column) => columnName(column, comparison.columns, locale))
  const separator = locale === 'zh' ? '、' : ', '
  const notes = comparisonNotes(comparison, locale)
  return (
    <>
      {notes.length > 0 && (
        <ul className="compare-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ChartTools
        view={shown}
        onView={setView}
        csv={() => comparisonCsv(comparison, locale)}
        locale={locale}
        exporter={exporter}
      />
      {shown === 'chart' ? (
        <>
          <ChartHost
            option={option}
            height={comparisonChartHeight(comparison)}
            label={comparisonSentence(comparison, locale)}
            onSelect={setSelected}
            exportRef={exporter}
          />
          <p className="panel-note">{compareLabel('ownScale', locale)}</p>
          {notDrawn.length > 0 && (
            <p className="panel-note">
              {compareLabel('notDrawn', locale, {
                names: notDrawn.map((row) => rowName(row, locale)).join(separator),
              })}
            </p>
          )}
          <SelectedValue
            comparison={comparison}
            selected={selected}
            locale={locale}
            lineHref={lineHref}
          />
        </>
      ) : (
        <ComparisonTable
          comparison={comparison}
          caption={compareLabel('tableCaption', locale, { names: names.join(separator) })}
          locale={locale}
          lineHref={lineHref}
        />
      )}
    </>
  )
}
