import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { CategoryPanel, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { FigureChart } from '../statistics-table/figure-chart.tsx'
import { labels } from './labels.ts'
import { buildProposalsOption, PROPOSALS, PROPOSALS_TOTAL } from './proposals-option.ts'

const FIGURE_IDS = ['requests.proposals.departments', 'requests.proposals.satisfaction']

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function ProposalsPanel({ reportId, locale, palette }: Props) {
  return (
    <CategoryPanel
      reportId={reportId}
      category="requests"
      title={pick(labels.proposalsTitle, locale)}
      locale={locale}
      minHeight={470}
    >
      {(figures) => {
        const total = figures.get(PROPOSALS_TOTAL)
        return (
          <>
            {total && (
              <p className="panel-lead">
                {pick(total.label, locale)}: <strong>{formatFigureWithUnit(total, locale)}</strong>
              </p>
            )}
            <FigureChart
              build={buildProposalsOption}
              list={PROPOSALS}
              kind="donut"
              height={260}
              figures={figures}
              locale={locale}
              palette={palette}
            />
            <FigureList
              figures={pickFigures(figures, FIGURE_IDS)}
              index={figures}
              locale={locale}
            />
          </>
        )
      }}
    </CategoryPanel>
  )
}
