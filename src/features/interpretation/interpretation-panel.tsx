import { useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { Locale } from '../../lib/locale.ts'
import { CategoryPanel, type FigureMap, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import { buildInterpretationOption, interpretationSentence } from './interpretation-option.ts'
import { interpretationLabel } from './labels.ts'

/** The table's 其中 rows and part 5's policy documents: a bar would say less than the row. */
const LISTED_IDS = [
  'interpretation.press-conferences-by-heads',
  'interpretation.online-interviews-by-heads',
  'interpretation.policy-documents.text',
]

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function InterpretationPanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="interpretation"
      title={interpretationLabel('title', locale)}
      locale={locale}
      minHeight={614}
    >
      {(figures) => (
        <InterpretationBody
          figures={figures}
          locale={locale}
          palette={palette}
          selected={selected}
          onSelect={setSelected}
        />
      )}
    </CategoryPanel>
  )
}

function InterpretationBody({
  figures,
  locale,
  palette,
  selected,
  onSelect,
}: Omit<Props, 'reportId'> & {
  figures: FigureMap
  selected: string | null
  onSelect: (id: string) => void
}) {
  const option = useMemo(
    () => buildInterpretationOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
  const listed = pickFigures(figures, LISTED_IDS)
  return (
    <>
      <ChartHost
        option={option}
        height={260}
        label={interpretationSentence(figures, locale)}
        onSelect={onSelect}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
      <p className="panel-note">{interpretationLabel('zeroNote', locale)}</p>
      {listed.length > 0 && (
        <>
          <p className="panel-note">{interpretationLabel('detailsNote', locale)}</p>
          <FigureList figures={listed} index={figures} locale={locale} />
        </>
      )}
    </>
  )
}
