import { useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartPalette } from '../../components/chart/chart-theme.ts'
import type { Locale } from '../../lib/locale.ts'
import { CategoryPanel, type FigureMap, pickFigures } from '../report/components/category-panel.tsx'
import { FigureList } from '../report/components/figure-list.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import {
  buildCategoryShareOption,
  categoryShareSentence,
  countId,
  INFORMATION_TYPES,
} from './category-share-option.ts'
import { proactiveLabel } from './labels.ts'

type Props = { reportId: string; locale: Locale; palette: ChartPalette }

export function CategorySharePanel({ reportId, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  return (
    <CategoryPanel
      reportId={reportId}
      category="proactive"
      title={proactiveLabel('categoryShareTitle', locale)}
      locale={locale}
      minHeight={636}
    >
      {(figures) => (
        <CategoryShareBody
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

function CategoryShareBody({
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
    () => buildCategoryShareOption({ figures, locale, palette }),
    [figures, locale, palette],
  )
  const counts = pickFigures(
    figures,
    INFORMATION_TYPES.map(({ key }) => countId(key)),
  )
  // The list row of the type whose bar was clicked: proactive.share.x → proactive.category-count.x.
  const selectedCount = selected?.replace(/^proactive\.share\./, 'proactive.category-count.')
  return (
    <>
      <ChartHost
        option={option}
        height={200}
        label={categoryShareSentence(figures, locale)}
        onSelect={onSelect}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
      {counts.length > 0 && (
        <>
          <p className="panel-note">{proactiveLabel('estimateNote', locale)}</p>
          <FigureList figures={counts} index={figures} locale={locale} selected={selectedCount} />
        </>
      )}
    </>
  )
}
