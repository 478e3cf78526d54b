import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { formatFigureWithUnit } from '#src/lib/format.ts'
import { pick } from '#src/lib/locale.ts'
import { ORGANISATION_LABELS } from './labels.ts'
import { organisationChart } from './organisation-chart.ts'
import { STAFF_TOTAL, staffDrawing } from './staff-option.ts'

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

export function OrganisationPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="organisation"
      title={pick(ORGANISATION_LABELS.title, props.locale)}
      minHeight={850}
      body={OrganisationBody}
    />
  )
}

function OrganisationBody({ chart }: ChartBodyProps) {
  const { figures, locale } = chart
  const staff = figures.get(STAFF_TOTAL)
  const blank = pickFigures(figures, TABLE_IDS).filter((figure) => figure.value === null)
  return (
    <>
      {staff && (
        <p className="panel-lead">
          {pick(staff.label, locale)}: <strong>{formatFigureWithUnit(staff, locale)}</strong>
        </p>
      )}
      <ChartWithSelection
        {...chart}
        build={staffDrawing.build}
        label={staffDrawing.describe(figures, locale)}
        height={organisationChart.chart.height}
      />
      <FigureList figures={pickFigures(figures, TABLE_IDS)} index={figures} locale={locale} />
      {blank.map((figure) => (
        <p key={figure.id} className="panel-note">
          {pick(figure.label, locale)}
          {pick(ORGANISATION_LABELS.blankCell, locale)}
        </p>
      ))}
      <p className="panel-note">{pick(ORGANISATION_LABELS.fromText, locale)}</p>
      <FigureList figures={pickFigures(figures, TEXT_IDS)} index={figures} locale={locale} />
    </>
  )
}
