import { apiBaseUrl } from '#src/config/env.ts'
import { apiPaths } from '#src/contract/api-paths.ts'
import type { Report } from '#src/domain/report-schema.ts'
import { LANGUAGE_TAG, type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'

function formatDate(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))
}

export function ReportHeader({ report, locale }: { report: Report; locale: Locale }) {
  const { meta } = report
  return (
    <div className="report-header">
      <p className="report-agency">
        {pick(meta.agency, locale)} · {pick(meta.region, locale)}
      </p>
      <p className="report-title">{pick(meta.title, locale)}</p>
      <dl className="report-meta">
        <div>
          <dt>{t('reportPeriod', locale)}</dt>
          <dd>
            {formatDate(meta.period.start, locale)} – {formatDate(meta.period.end, locale)}
          </dd>
        </div>
        {meta.filedOn && (
          <div>
            <dt>{t('filedOn', locale)}</dt>
            <dd>{formatDate(meta.filedOn, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t('publishedAt', locale)}</dt>
          <dd>
            {meta.sourceUrl ? (
              <a href={meta.sourceUrl} rel="noopener noreferrer">
                {new URL(meta.sourceUrl).host}
              </a>
            ) : (
              t('sourceUrlNotStated', locale)
            )}
          </dd>
        </div>
        <div>
          <dt>{t('contact', locale)}</dt>
          <dd>
            {pick(meta.contact.department, locale)} · {meta.contact.phone} · {meta.contact.email}
          </dd>
        </div>
        <div>
          <dt>{t('download', locale)}</dt>
          <dd>
            <a
              href={new URL(apiPaths.report(report.id), apiBaseUrl()).href}
              download={`${report.id}.json`}
            >
              {t('downloadDataset', locale)}
            </a>
          </dd>
        </div>
      </dl>
    </div>
  )
}
