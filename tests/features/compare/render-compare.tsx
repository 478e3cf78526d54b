import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentType } from 'react'
import { createQueryClient } from '#src/api/query-client.ts'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import type { Locale } from '#src/lib/locale.ts'

type PanelProps = { reportId: string; locale: Locale; palette: ChartPalette }

/** Renders a compare or trend panel for `reportId` at `search`, fed by the MSW mock API. */
export function renderAt(
  Panel: ComponentType<PanelProps>,
  { reportId = 'wuzhong-psb-2018', search = '', locale = 'zh' as Locale } = {},
) {
  window.history.replaceState(null, '', `/${search}`)
  const user = userEvent.setup()
  return {
    user,
    ...render(
      <QueryClientProvider client={createQueryClient()}>
        <Panel reportId={reportId} locale={locale} palette={CHART_PALETTES.light} />
      </QueryClientProvider>,
    ),
  }
}

/** The cells of the table row whose header is exactly `name`, as text. */
export function rowCells(table: HTMLElement, name: string): HTMLElement[] {
  const header = [...table.querySelectorAll('tbody th')].find((cell) => cell.textContent === name)
  const row = header?.closest('tr')
  if (!row) throw new Error(`no row "${name}"`)
  return [...row.querySelectorAll('td')]
}
