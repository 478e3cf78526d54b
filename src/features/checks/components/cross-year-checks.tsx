import { useReport } from '#src/api/get-report.ts'
import { useReports } from '#src/api/get-reports.ts'
import { crossYearChecks } from '#src/domain/cross-year-checks.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { checksLabel, STATUS_TEXT } from '../labels.ts'

/**
 * Checks against the same agency's report of the year before, where the dataset holds it: what
 * that year carried forward is what this year carried over, and what is in force follows from
 * last year's count. A failure is the reports' own inconsistency: both years' figures are shown.
 */
export function CrossYearChecks({ report, locale }: { report: Report; locale: Locale }) {
  const list = useReports().data?.reports ?? []
  const agency = list.filter((other) => other.agency.zh === report.meta.agency.zh)
  const previous = agency.find((other) => other.year === report.meta.year - 1)
  const earlier = agency.filter((other) => other.year < report.meta.year).map((other) => other.year)
  if (!previous) {
    // Only where the agency has earlier years: then the reader expects a check, and learns why not.
    if (earlier.length === 0) return null
    return (
      <p className="panel-note">
        {checksLabel('crossYearMissing', locale, {
          year: report.meta.year - 1,
          years: earlier.join(locale === 'zh' ? '、' : ', '),
        })}
      </p>
    )
  }
  return <AgainstPrevious report={report} previousId={previous.id} locale={locale} />
}

function AgainstPrevious({
  report,
  previousId,
  locale,
}: {
  report: Report
  previousId: string
  locale: Locale
}) {
  const previous = useReport(previousId)
  if (!previous.data) return null
  const checks = crossYearChecks(previous.data, report)
  if (checks.length === 0) return null
  const year = previous.data.meta.year
  return (
    <section aria-labelledby="cross-year-title">
      <h3 id="cross-year-title">{checksLabel('crossYearTitle', locale, { year })}</h3>
      <p className="panel-note">{checksLabel('crossYearNote', locale)}</p>
      <div className="table-scroll">
        <table className="checks-table">
          <thead>
            <tr>
              <th scope="col">{checksLabel('rule', locale)}</th>
              <th scope="col">{checksLabel('result', locale)}</th>
              <th scope="col">{checksLabel('detail', locale)}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.id} className={`check-${check.status}`} data-rule={check.id}>
                <th scope="row">{pick(check.label, locale)}</th>
                <td className="check-status">
                  {STATUS_TEXT[check.status][locale]}
                  {check.status === 'fail' && (
                    <span className="check-own"> {checksLabel('crossYearOwn', locale)}</span>
                  )}
                </td>
                <td>
                  <span className="check-detail">{check.detail}</span>
                  <ul className="check-figures">
                    {check.figures.map(({ reportId, year: figureYear, metric }) => {
                      const line = metric.citations[0]?.line
                      const here = reportId === report.id
                      return (
                        <li key={`${reportId}:${metric.id}`}>
                          {figureYear}
                          {locale === 'zh' ? '年 ' : ' '}
                          {pick(metric.label, locale)}: “{metric.asWritten}”
                          {line !== undefined && (
                            <>
                              {' '}
                              <a
                                className="source-link"
                                href={
                                  here
                                    ? sourceLineHref(line)
                                    : `?report=${encodeURIComponent(reportId)}${sourceLineHref(line)}`
                                }
                              >
                                {t('line', locale, { n: line })}
                              </a>
                            </>
                          )}
                        </li>
                      )
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
