import { useId } from 'react'
import type { ReportSummary } from '#src/contract/api-schema.ts'
import { TABLE_FORMAT_LABELS } from '#src/domain/table-formats.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { reportPickerLabel } from './labels.ts'
import './report-picker.css'

type Props = {
  reports: readonly ReportSummary[]
  selected: ReportSummary
  onSelect: (reportId: string) => void
  locale: Locale
}

/**
 * Agency first, then year: choosing an agency opens its latest report. Agencies are listed in the
 * dataset's order, years newest first.
 */
export function ReportPicker({ reports, selected, onSelect, locale }: Props) {
  const id = useId()
  const agencies = [...new Map(reports.map((r) => [r.agency.zh, r])).values()]
  const years = reports
    .filter((report) => report.agency.zh === selected.agency.zh)
    .sort((a, b) => b.year - a.year)
  const latestOf = (agency: string) =>
    reports.filter((r) => r.agency.zh === agency).sort((a, b) => b.year - a.year)[0]
  return (
    <fieldset className="report-picker">
      <legend>{reportPickerLabel('legend', locale)}</legend>
      <label htmlFor={`${id}-agency`}>{reportPickerLabel('agency', locale)}</label>
      <select
        id={`${id}-agency`}
        value={selected.agency.zh}
        onChange={(event) => {
          const latest = latestOf(event.target.value)
          if (latest) onSelect(latest.id)
        }}
      >
        {agencies.map((report) => (
          <option key={report.agency.zh} value={report.agency.zh}>
            {pick(report.agency, locale)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-year`}>{reportPickerLabel('year', locale)}</label>
      <select id={`${id}-year`} value={selected.id} onChange={(e) => onSelect(e.target.value)}>
        {years.map((report) => (
          <option key={report.id} value={report.id}>
            {report.year}
          </option>
        ))}
      </select>
      <span className="report-picker-format">
        {reportPickerLabel('format', locale)}:{' '}
        {pick(TABLE_FORMAT_LABELS[selected.tableFormat], locale)}
      </span>
    </fieldset>
  )
}
