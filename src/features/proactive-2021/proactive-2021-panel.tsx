import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import {
  type ChartBodyProps,
  ChartPanel,
  ChartWithSelection,
} from '#src/components/panel/chart-with-selection.tsx'
import { FigureList } from '#src/components/panel/figure-list.tsx'
import { pickFigures } from '#src/domain/figures.ts'
import { pick } from '#src/lib/locale.ts'
import {
  buildDocumentsOption,
  DOCUMENT_COUNTS,
  DOCUMENT_KINDS,
  documentId,
  documentsGrid,
  documentsSentence,
} from './documents-option.ts'
import { PROACTIVE_2021_LABELS, proactive2021Label } from './labels.ts'

/**
 * Decisions and fees: counts that differ by orders of magnitude (447228 licences, 3985758
 * penalties, 88283 compulsory measures) and an amount in 万元, so a list of figures, not bars,
 * each figure in full with its source line.
 */
export const DECISION_IDS = [
  'proactive.licensing.decisions',
  'proactive.penalties.decisions',
  'proactive.enforcement.decisions',
  'proactive.administrative-fees.amount',
] as const

/** The panel applies to a report with the 2021 table's part 二 (any of its figures). */
export const PROACTIVE_2021_PANEL_IDS = [
  ...DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_COUNTS.map((count) => documentId(kind, count))),
  ...DECISION_IDS,
]

export function Proactive2021Panel(props: PanelProps) {
  return (
    <ChartPanel
      {...props}
      category="proactive"
      title={pick(PROACTIVE_2021_LABELS.title, props.locale)}
      minHeight={660}
      body={Proactive2021Body}
    />
  )
}

function Proactive2021Body({ chart, selection }: ChartBodyProps) {
  const { figures, locale } = chart
  const hasDocuments = documentsGrid(figures).rows.length > 0
  const decisions = pickFigures(figures, DECISION_IDS)
  return (
    <>
      {hasDocuments && (
        <>
          <p className="panel-lead">{proactive2021Label('documentsLead', locale)}</p>
          <ChartWithSelection
            {...chart}
            selection={selection}
            build={buildDocumentsOption}
            height={250}
            label={documentsSentence(figures, locale)}
          />
        </>
      )}
      {decisions.length > 0 && (
        <>
          <p className="panel-lead">{proactive2021Label('decisionsLead', locale)}</p>
          <FigureList figures={decisions} index={figures} locale={locale} />
        </>
      )}
    </>
  )
}
