import {
  figureWords,
  LIST_SEPARATOR,
  type ShortLabel,
} from '../../components/chart/chart-figures.ts'
import { type Locale, pick } from '../../lib/locale.ts'
import { type FigureMap, pickFigures } from '../report/components/category-panel.tsx'
import { labels } from './labels.ts'

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
  const name = pick(kind === 'bar' ? labels.barChart : labels.donutChart, locale)
  const drawn = pickFigures(
    figures,
    list.map((item) => item.id),
  )
  const parts = drawn.map((figure) => figureWords(figure, locale))
  return `${name}${zh ? '：' : ': '}${parts.join(LIST_SEPARATOR[locale])}${zh ? '。' : '.'}`
}
