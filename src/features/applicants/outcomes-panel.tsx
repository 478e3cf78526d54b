import { useMemo } from 'react'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { LeadFigure } from '#src/components/panel/lead-figure.tsx'
import { type FigureMap, pickFigures } from '#src/domain/figures.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { APPLICANTS_LABELS, applicantsLabel } from './labels.ts'
import {
  OUTCOMES,
  type OutcomeBar,
  outcomeBars,
  RESULTS_TOTAL,
  rowsText,
  withOutcomeSums,
} from './outcome-figures.ts'
import { buildOutcomesOption, outcomesSentence } from './outcomes-option.ts'

/** The panel applies to a report whose table gives outcomes by applicant (2019, 2021). */
export const APPLICATION_OUTCOMES_PANEL_IDS = [
  RESULTS_TOTAL,
  ...OUTCOMES.slice(0, 2).map(({ key }) => `applications.${key}.total`),
] as const

const CARRIED_FORWARD = 'applications.carried-forward.total'

export function ApplicationOutcomesPanel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="applications"
      title={pick(APPLICANTS_LABELS.outcomesTitle, props.locale)}
      minHeight={555}
      body={OutcomesBody}
    />
  )
}

function OutcomesBody({ chart, selection }: ChartBodyProps) {
  const { locale } = chart
  // The computed group totals join the figures, so the table view, the CSV and a click find them.
  const figures = useMemo(() => withOutcomeSums(chart.figures, locale), [chart.figures, locale])
  const bars = outcomeBars(figures, locale)
  const computed = bars.filter((bar) => bar.figure.kind === 'computed')
  const picked = bars.find((bar) => bar.figure.id === selection.selected && bar.parts.length > 0)
  const total = figures.get(RESULTS_TOTAL)
  return (
    <>
      {total && (
        <LeadFigure
          figure={total}
          index={figures}
          locale={locale}
          label={applicantsLabel('resultsTotal', locale)}
        />
      )}
      <ChartWithSelection
        {...chart}
        figures={figures}
        selection={selection}
        build={buildOutcomesOption}
        height={230}
        label={outcomesSentence(figures, locale)}
      />
      {picked && <GroupRows bar={picked} figures={figures} locale={locale} />}
      {computed.length > 0 && <p className="panel-note">{computedNote(computed, locale)}</p>}
      <FigureList
        figures={pickFigures(figures, [CARRIED_FORWARD])}
        index={figures}
        locale={locale}
      />
    </>
  )
}

/** "虚线条形为计算值：…（不予公开 = 第1–8项之和；…）。" */
export function computedNote(bars: readonly OutcomeBar[], locale: Locale): string {
  const sums = bars
    .map(({ short, parts }) =>
      applicantsLabel('sumItem', locale, {
        group: pick(short, locale),
        rows: rowsText(parts, locale),
      }),
    )
    .join(applicantsLabel('listSeparator', locale))
  return applicantsLabel('computedNote', locale, { sums })
}

/** The rows a clicked computed bar adds up, each with its figure and source line. */
function GroupRows({
  bar,
  figures,
  locale,
}: {
  bar: OutcomeBar
  figures: FigureMap
  locale: Locale
}) {
  return (
    <div className="selected-figure">
      <p>
        {applicantsLabel('partsOf', locale, {
          group: pick(bar.short, locale),
          rows: rowsText(bar.parts, locale),
        })}
      </p>
      <FigureList figures={bar.parts} index={figures} locale={locale} />
    </div>
  )
}
