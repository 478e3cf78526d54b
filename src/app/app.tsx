import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { ChartPreferencesContext } from '../components/chart/chart-preferences.ts'
import { CHART_PALETTES } from '../components/chart/chart-theme.ts'
import { Panel } from '../components/panel.tsx'
import type { Category } from '../domain/report-schema.ts'
import { DataChecks } from '../features/checks/components/data-checks.tsx'
import { EmbedChartProvider } from '../features/embed-code/embed-chart-context.tsx'
import { CategoryFilter } from '../features/filters/components/category-filter.tsx'
import { useReport } from '../features/report/api/get-report.ts'
import { useReports } from '../features/report/api/get-reports.ts'
import { HeadlineFigures } from '../features/report/components/headline-figures.tsx'
import { ReportHeader } from '../features/report/components/report-header.tsx'
import { useReportSource } from '../features/source/api/get-report-source.ts'
import { SourceView } from '../features/source/components/source-view.tsx'
import { LANGUAGE_TAG, type Locale, pick } from '../lib/locale.ts'
import { t } from '../lib/messages.ts'
import type { ThemeChoice } from '../lib/view-params.ts'
import { AppBar } from './app-bar.tsx'
import { PANELS } from './panels.ts'
import {
  useCategoryFilter,
  useLocale,
  usePatterns,
  useSearchParams,
  useThemeChoice,
} from './url-state.ts'
import { useResolvedTheme } from './use-color-scheme.ts'

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Dashboard />
    </QueryClientProvider>
  )
}

function Dashboard() {
  const [locale, setLocale] = useLocale()
  const [themeChoice, setThemeChoice] = useThemeChoice()
  const theme = useResolvedTheme(themeChoice)
  const [categories, setCategories] = useCategoryFilter()
  const [patterns, setPatterns] = usePatterns()
  const chartPreferences = useMemo(() => ({ patterns }), [patterns])
  const requested = useSearchParams().get('report')
  const reports = useReports()
  const reportId =
    reports.data?.reports.find((report) => report.id === requested)?.id ??
    reports.data?.reports[0]?.id

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale]
    document.title = t('appTitle', locale)
  }, [locale])
  useEffect(() => {
    if (themeChoice === 'system') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = themeChoice
  }, [themeChoice])

  return (
    <div className="app">
      <AppBar
        locale={locale}
        onLocale={setLocale}
        themeChoice={themeChoice}
        onTheme={setThemeChoice}
        categories={categories}
        patterns={patterns}
        onPatterns={setPatterns}
      />
      <nav className="toolbar" aria-label={t('filterLegend', locale)}>
        <CategoryFilter selected={categories} onChange={setCategories} locale={locale} />
      </nav>
      <ChartPreferencesContext.Provider value={chartPreferences}>
        <main>
          {reportId ? (
            <ReportView
              reportId={reportId}
              locale={locale}
              theme={theme}
              themeChoice={themeChoice}
              categories={categories}
            />
          ) : (
            <Panel
              title={t('reportList', locale)}
              locale={locale}
              query={reports}
              isEmpty={(data) => data.reports.length === 0}
            >
              {() => <p>{t('noReports', locale)}</p>}
            </Panel>
          )}
        </main>
      </ChartPreferencesContext.Provider>
    </div>
  )
}

type ReportViewProps = {
  reportId: string
  locale: Locale
  theme: 'light' | 'dark'
  /** The theme as chosen (system, light, dark): embed snippets start from it. */
  themeChoice: ThemeChoice
  categories: readonly Category[]
}

function ReportView({ reportId, locale, theme, themeChoice, categories }: ReportViewProps) {
  const report = useReport(reportId)
  const source = useReportSource(reportId)
  const palette = CHART_PALETTES[theme]
  const shown = (category: Category) => categories.length === 0 || categories.includes(category)
  const panels = PANELS.filter((panel) => shown(panel.category))
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
        minHeight={200}
        className="panel-wide"
      >
        {(data) => <HeadlineFigures report={data} locale={locale} shown={shown} />}
      </Panel>
      {panels.map(({ id, embedChartId, Component }) => (
        <EmbedChartProvider key={id} chartId={embedChartId} theme={themeChoice}>
          <Component reportId={reportId} locale={locale} palette={palette} />
        </EmbedChartProvider>
      ))}
      {panels.length === 0 && <p className="panel-status">{t('noPanelsForFilter', locale)}</p>}
      <Panel title={t('dataChecks', locale)} locale={locale} query={report} className="panel-wide">
        {(data) => <DataChecks report={data} locale={locale} />}
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
            <SourceView lines={data.lines} label={t('reportText', locale)} />
          </>
        )}
      </Panel>
    </>
  )
}
