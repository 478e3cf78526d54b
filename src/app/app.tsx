import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useReports } from '#src/api/get-reports.ts'
import { ChartPreferencesContext } from '#src/components/chart/chart-preferences.ts'
import { Panel } from '#src/components/panel/panel.tsx'
import { CategoryFilter } from '#src/features/filters/components/category-filter.tsx'
import { reportPickerLabel } from '#src/features/report-picker/labels.ts'
import { ReportPicker } from '#src/features/report-picker/report-picker.tsx'
import { LANGUAGE_TAG } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import {
  useCategoryFilter,
  useLocale,
  usePatterns,
  useReportParam,
  useThemeChoice,
} from '#src/lib/url-state.ts'
import { AppBar } from './app-bar.tsx'
import { ReportView } from './report-view.tsx'
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
  const [requested, setReport] = useReportParam()
  const reports = useReports()
  const list = reports.data?.reports ?? []
  const found = list.find((report) => report.id === requested)
  const selected = found ?? list[0]

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
          {selected && list.length > 1 && (
            <ReportPicker reports={list} selected={selected} onSelect={setReport} locale={locale} />
          )}
          {requested !== null && reports.data && !found && (
            <p className="report-notice panel-status" role="status">
              {reportPickerLabel('unknownReport', locale, { id: requested })}
            </p>
          )}
          {selected ? (
            <ReportView
              reportId={selected.id}
              tableFormat={selected.tableFormat}
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
