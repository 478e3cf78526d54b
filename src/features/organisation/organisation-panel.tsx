import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { CategoryPanel, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { FigureChart } from '../statistics-table/figure-chart.tsx'
import { labels } from './labels.ts'
import { buildStaffOption, STAFF, STAFF_TOTAL } from './staff-option.ts'

const TABLE_IDS = [
  'organisation.units',
  'organisation.reading-points',
  'organisation.budget',
  'organisation.meetings',
  'organisation.training-sessions',
  'organisation.trainees',
]
const TEXT_IDS = [
  'organisation.catalogue-areas',
  'organisation.case-centre-functions',
  'organisation.systems',
]

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function OrganisationPanel({ reportId, locale, palette }: Props) {
  return (
    <CategoryPanel
      reportId={reportId}
      category="organisation"
      title={pick(labels.title, locale)}
      locale={locale}
      minHeight={850}
    >
      {(figures) => {
        const staff = figures.get(STAFF_TOTAL)
        const blank = pickFigures(figures, TABLE_IDS).filter((figure) => figure.value === null)
        return (
          <>
            {staff && (
              <p className="panel-lead">
                {pick(staff.label, locale)}: <strong>{formatFigureWithUnit(staff, locale)}</strong>
              </p>
            )}
            <FigureChart
              build={buildStaffOption}
              list={STAFF}
              kind="donut"
              height={240}
              figures={figures}
              locale={locale}
              palette={palette}
            />
            <FigureList figures={pickFigures(figures, TABLE_IDS)} index={figures} locale={locale} />
            {blank.map((figure) => (
              <p key={figure.id} className="panel-note">
                {pick(figure.label, locale)}
                {pick(labels.blankCell, locale)}
              </p>
            ))}
            <p className="panel-note">{pick(labels.fromText, locale)}</p>
            <FigureList figures={pickFigures(figures, TEXT_IDS)} index={figures} locale={locale} />
          </>
        )
      }}
    </CategoryPanel>
  )
}
