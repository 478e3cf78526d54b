import { useMemo, useState } from 'react'
import { ChartHost } from '../../components/chart/chart-host.tsx'
import type { ChartOption } from '../../components/chart/echarts-setup.ts'
import type { Figure } from '../../domain/figures.ts'
import { formatFigureWithUnit } from '../../lib/format.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { pickFigures } from '../report/components/category-panel.tsx'
import { SelectedFigure } from '../report/components/selected-figure.tsx'
import type { ChartInput, ShortLabel } from './chart-items.ts'
import { labels } from './labels.ts'

type Kind = 'bar' | 'donut'

type Props = ChartInput & {
  /** A module-level option builder (stable, so the option is rebuilt only when data changes). */
  build: (input: ChartInput) => ChartOption
  /** The figures the chart draws, for its accessible name. */
  list: readonly ShortLabel[]
  kind: Kind
  height: number
}

/** "柱状图：12345热线受理诉求 811 件；12345热线已结案 811 件。" from the figures, in the locale. */
export function chartSentence(kind: Kind, drawn: readonly Figure[], locale: Locale) {
  const zh = locale === 'zh'
  const name = pick(kind === 'bar' ? labels.barChart : labels.donutChart, locale)
  const parts = drawn.map(
    (figure) => `${pick(figure.label, locale)} ${formatFigureWithUnit(figure, locale)}`,
  )
  return `${name}${zh ? '：' : ': '}${parts.join(zh ? '；' : '; ')}${zh ? '。' : '.'}`
}

/** A chart of report figures; clicking an element shows that figure and its source line. */
export function FigureChart({ build, list, kind, height, figures, locale, palette }: Props) {
  const [selected, setSelected] = useState<string | null>(null)
  const option = useMemo(
    () => build({ figures, locale, palette }),
    [build, figures, locale, palette],
  )
  const drawn = pickFigures(
    figures,
    list.map((item) => item.id),
  )
  return (
    <>
      <ChartHost
        option={option}
        height={height}
        label={chartSentence(kind, drawn, locale)}
        onSelect={setSelected}
      />
      <SelectedFigure
        figure={selected ? figures.get(selected) : undefined}
        index={figures}
        locale={locale}
      />
    </>
  )
}
