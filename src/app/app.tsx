import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Panel } from '../components/panel.tsx'
import { useReport } from '../features/report/api/get-report.ts'
import { useReports } from '../features/report/api/get-reports.ts'
import { HeadlineFigures } from '../features/report/components/headline-figures.tsx'
import { ReportHeader } from '../features/report/components/report-header.tsx'
import { useReportSource } from '../features/source/api/get-report-source.ts'
import { SourceView } from '../features/source/components/source-view.tsx'
import { LANGUAGE_TAG, type Locale, pick } from '../lib/locale.ts'
import { t } from '../lib/messages.ts'
import { useLocale, useSearchParams } from './url-state.ts'

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard />
    </QueryClientProvider>
  )
}

function Dashboard() {
  const [locale, setLocale] = useLocale()
  const requested = useSearchParams().get('report')
  const reports = useReports()
  const reportId =
    reports.data?.reports.find((report) => report.id === requested)?.id ??
    reports.data?.reports[0]?.id

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale]
    document.title = t('appTitle', locale)
  }, [locale])

  return (
    <div className="app">
      <header className="app-bar">
        <h1>{t('appTitle', locale)}</h1>
        <button
          type="button"
          className="lang-toggle"
          lang={locale === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('switchLanguageLabel', locale)}
          onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
        >
          {t('switchLanguage', locale)}
        </button>
      </header>
      <main>
        {reportId ? (
          <ReportView reportId={reportId} locale={locale} />
        ) : (
          <Panel
            title={t('appTitle', locale)}
            locale={locale}
            query={reports}
            isEmpty={(data) => data.reports.length === 0}
          >
            {() => <p>{t('noReports', locale)}</p>}
          </Panel>
        )}
      </main>
    </div>
  )
}

function ReportView({ reportId, locale }: { reportId: string; locale: Locale }) {
  const report = useReport(reportId)
  const source = useReportSource(reportId)
  const title = report.data ? pick(report.data.meta.agency, locale) : t('appTitle', locale)
  return (
    <>
      <Panel title={title} locale={locale} query={report} minHeight={150} className="panel-wide">
        {(data) => <ReportHeader report={data} locale={locale} />}
      </Panel>
      <Panel
        title={t('headlines', locale)}
        locale={locale}
        query={report}
        minHeight={260}
        className="panel-wide"
      >
        {(data) => <HeadlineFigures report={data} locale={locale} />}
      </Panel>
      <Panel
        title={t('reportText', locale)}
        locale={locale}
        query={source}
        isEmpty={(data) => data.lines.length === 0}
        className="panel-source"
      >
        {(data) => (
          <>
            <p className="panel-note">{t('reportTextNote', locale)}</p>
            <SourceView lines={data.lines} />
          </>
        )}
      </Panel>
    </>
  )
}
