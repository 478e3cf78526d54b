import { type FigureMap, pickFigures } from '#src/domain/figures.ts'
import { type Locale, pick } from '#src/lib/locale.ts'
import { figureWords, LIST_SEPARATOR, type ShortLabel } from './chart-figures.ts'
import { CHART_LABELS } from './chart-labels.ts'

/**
 * "柱状图：12345热线受理诉求 811 件；12345热线已结案 811 件。": the accessible name of a chart of
 * the listed figures, from the figures the report has, in the locale.
 */
export function chartSentence(
  kind: 'bar' | 'donut',
  figures: FigureMap,
  list: readonly ShortLabel[],
  locale: Locale,
) {
  const zh = locale === 'zh'
  const name = pick(kind === 'bar' ? CHART_LABELS.barChart : CHART_LABELS.donutChart, locale)
  const drawn = pickFigures(
    figures,
    list.map((item) => item.id),
  )
  const parts = drawn.map((figure) => figureWords(figure, locale))
  return `${name}${zh ? '：' : ': '}${parts.join(LIST_SEPARATOR[locale])}${zh ? '。' : '.'}`
}
