import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import type { ComponentType } from 'react'
import { createQueryClient } from '#src/api/query-client.ts'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import { categoryMetricsResponse } from '#src/contract/api-responses.ts'
import { figureIndex } from '#src/domain/figures.ts'
import { type Category, type Report, ReportSchema } from '#src/domain/report-schema.ts'
import type { Locale } from '#src/lib/locale.ts'
import { withValue } from '../../fixtures/report.ts'

/** The bundled 淮安市人民政府 2024 report: the 2021 table format. */
export const HUAIAN_ID = 'huaian-gov-2024'

const FILE = join(import.meta.dirname, `../../../data/reports/${HUAIAN_ID}.json`)

/** The report, parsed; a fresh copy each call, with some values replaced (null: left blank). */
export function huaianReport(values: Record<string, number | null> = {}): Report {
  const report = ReportSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')))
  return Object.entries(values).reduce<Report>(
    (changed, [id, value]) => withValue(changed, id, value),
    report,
  )
}

/** One category's figures, as a panel receives them from the API. */
export function huaianFigures(category: Category, values: Record<string, number | null> = {}) {
  return figureIndex(huaianReport(values).metrics.filter((metric) => metric.category === category))
}

/** Answers one category's endpoint once with the report's figures, some values replaced. */
export function serveHuaianChanged(category: Category, values: Record<string, number | null>) {
  const report = huaianReport(values)
  return http.get(
    `*/api/reports/${HUAIAN_ID}/metrics/${category}.json`,
    () => HttpResponse.json(categoryMetricsResponse(report, category)),
    { once: true },
  )
}

/** Renders one panel on its own for the Huai'an report, fed by the MSW mock API. */
export function renderHuaianPanel(
  Panel: ComponentType<PanelProps>,
  locale: Locale = 'zh',
  palette = CHART_PALETTES.light,
) {
  const user = userEvent.setup()
  return {
    user,
    ...render(
      <QueryClientProvider client={createQueryClient()}>
        <Panel reportId={HUAIAN_ID} locale={locale} palette={palette} />
      </QueryClientProvider>,
    ),
  }
}
