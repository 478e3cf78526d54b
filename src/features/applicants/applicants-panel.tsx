import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { LeadFigure } from '#src/components/panel/lead-figure.tsx'
import { allZero } from '#src/components/panel/table-rows.ts'
import { rowLabel } from '#src/domain/applicant-columns.ts'
import { pickFigures } from '#src/domain/figures.ts'
import { pick } from '#src/lib/locale.ts'
import {
  APPLICANT_TYPES,
  applicantsSentence,
  buildApplicantsOption,
  NEW_TOTAL,
} from './applicants-option.ts'
import { APPLICANTS_LABELS, applicantsLabel } from './labels.ts'

/** The panel applies to a report whose table counts new applications by applicant (2019, 2021). */
export const APPLICANTS_PANEL_IDS = [NEW_TOTAL, ...APPLICANT_TYPES.map(({ id }) => id)] as const

const CARRIED_OVER = 'applications.carried-over.total'

export function ApplicantsPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="applications"
      title={pick(APPLICANTS_LABELS.applicantsTitle, props.locale)}
      minHeight={450}
      body={ApplicantsBody}
    />
  )
}

function ApplicantsBody({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const total = figures.get(NEW_TOTAL)
  const none = allZero(figures, [NEW_TOTAL])
  return (
    <>
      {total && (
        <LeadFigure
          figure={total}
          index={figures}
          locale={locale}
          label={pick(rowLabel(total.label), locale)}
        />
      )}
      {none ? (
        <p className="panel-lead">
          <strong>{applicantsLabel('noneReceived', locale)}</strong>
        </p>
      ) : (
        <ChartWithSelection
          {...chart}
          selection={selection}
          build={buildApplicantsOption}
          height={220}
          label={applicantsSentence(figures, locale)}
        />
      )}
      <FigureList figures={pickFigures(figures, [CARRIED_OVER])} index={figures} locale={locale} />
    </>
  )
}
