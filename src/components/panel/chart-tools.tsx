import { createContext, type RefObject, useContext, useState } from 'react'
import type { ChartExport } from '#src/components/chart/chart-host.tsx'
import type { Figure } from '#src/domain/figures.ts'
import type { Locale } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import { chartFileName, figuresCsv, saveFile } from './figure-rows.ts'

/** What a chart's downloads are named after: the report and the panel. */
export const ChartFileContext = createContext<{ reportId: string; chart: string }>({
  reportId: 'report',
  chart: 'chart',
})

type Props = {
  view: 'chart' | 'table'
  onView: (view: 'chart' | 'table') => void
  locale: Locale
  exporter: RefObject<ChartExport | null>
} & (
  | { figures: readonly Figure[]; index: Map<string, Figure> }
  /** A chart that is not one report's figures (two reports side by side) writes its own CSV. */
  | { csv: () => string }
)

/** Chart/table switch and downloads (CSV, PNG, SVG) for one chart. */
export function ChartTools({ view, onView, locale, exporter, ...data }: Props) {
  const { reportId, chart } = useContext(ChartFileContext)
  const [problem, setProblem] = useState<string | null>(null)
  const name = (ext: string) => chartFileName(reportId, chart, locale, ext)
  const image = async (kind: 'svg' | 'png') => {
    const api = exporter.current
    const blob =
      kind === 'svg' ? new Blob([api?.svg() ?? ''], { type: 'image/svg+xml' }) : await api?.png()
    if (!blob || blob.size === 0) setProblem(t('imageUnavailable', locale))
    else saveFile(blob, name(kind))
  }
  return (
    <div className="chart-tools">
      <div className="chart-view-switch">
        <button type="button" aria-pressed={view === 'chart'} onClick={() => onView('chart')}>
          {t('viewChart', locale)}
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => onView('table')}>
          {t('viewTable', locale)}
        </button>
      </div>
      <div className="chart-downloads">
        <span>{t('download', locale)}</span>
        <button
          type="button"
          onClick={() =>
            saveFile(
              new Blob(
                ['csv' in data ? data.csv() : figuresCsv(data.figures, data.index, locale)],
                {
                  type: 'text/csv;charset=utf-8',
                },
              ),
              name('csv'),
            )
          }
        >
          CSV
        </button>
        <button type="button" disabled={view !== 'chart'} onClick={() => void image('png')}>
          PNG
        </button>
        <button type="button" disabled={view !== 'chart'} onClick={() => void image('svg')}>
          SVG
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
