import type { ReactNode } from 'react'
import { type CheckResult, evaluateRules } from '#src/domain/checks.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { sourceLineHref } from '#src/lib/source-link.ts'
import { checksLabel, STATUS_TEXT } from '../labels.ts'

/** Rules that compare more figures than this list them behind a disclosure. */
const FIGURES_SHOWN = 3

/**
 * The dataset's consistency rules evaluated on the report (channels add up, shares to 100%,
 * closed ≤ received, text against table), and the figures the report leaves blank.
 */
export function DataChecks({
  report,
  locale,
  againstYearBefore,
}: {
  report: Report
  locale: Locale
  /** The checks against the agency's report of the year before (`CrossYearChecks`), where the app has them. */
  againstYearBefore?: ReactNode
}) {
  const results = evaluateRules(report)
  const count = (status: string) => results.filter((result) => result.status === status).length
  const blanks = report.metrics.filter((metric) => metric.value === null)
  return (
    <>
      <p className="panel-lead">
        {checksLabel('summary', locale, {
          total: results.length,
          pass: count('pass'),
          warn: count('warn'),
          fail: count('fail'),
          na: count('not-applicable'),
        })}
      </p>
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
            {results.map((result) => (
              <tr
                key={result.rule.id}
                className={`check-${result.status}`}
                data-rule={result.rule.id}
              >
                <th scope="row">{pick(result.rule.label, locale)}</th>
                <td className="check-status">{STATUS_TEXT[result.status][locale]}</td>
                <td>
                  <span className="check-detail">{result.detail}</span>
                  {result.figures.length > FIGURES_SHOWN ? (
                    <details className="check-more">
                      <summary>
                        {checksLabel('figureSources', locale, { n: result.figures.length })}
                      </summary>
                      <CheckFigures figures={result.figures} report={report} locale={locale} />
                    </details>
                  ) : (
                    <CheckFigures figures={result.figures} report={report} locale={locale} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {againstYearBefore}
      <h3>{checksLabel('blankTitle', locale)}</h3>
      {blanks.length === 0 ? (
        <p>{checksLabel('blankNone', locale)}</p>
      ) : (
        <>
          <p className="panel-note">{checksLabel('blankNote', locale)}</p>
          <ul className="blank-figures">
            {blanks.map((metric) => (
              <li key={metric.id}>
                {pick(metric.label, locale)} — {t('notReported', locale)}{' '}
                {metric.citations[0] && (
                  <a className="source-link" href={sourceLineHref(metric.citations[0].line)}>
                    {t('line', locale, { n: metric.citations[0].line })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

type FiguresProps = {
  figures: CheckResult['figures']
  report: Report
  locale: Locale
}

/** The figures a rule compared, as printed, each with its line in the report. */
function CheckFigures({ figures, report, locale }: FiguresProps) {
  return (
    <ul className="check-figures">
      {figures.map((figure) => {
        const line = report.metrics.find((m) => m.id === figure.id)?.citations[0]?.line
        return (
          <li key={figure.id}>
            {pick(figure.label, locale)}: “{figure.asWritten || t('notReported', locale)}”
            {line !== undefined && (
              <>
                {' '}
                <a className="source-link" href={sourceLineHref(line)}>
                  {t('line', locale, { n: line })}
                </a>
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}
