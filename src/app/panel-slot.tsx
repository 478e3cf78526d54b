import { memo, Suspense } from 'react'
import type { ChartPalette } from '#src/components/chart/chart-theme.ts'
import { type ChartDescription, embedChartOf } from '#src/components/panel/chart-description.ts'
import { PanelActions } from '#src/components/panel/panel-actions.tsx'
import { EmbedAction } from '#src/features/embed-code/components/embed-action.tsx'
import { type Locale, pick } from '#src/lib/locale.ts'
import { t } from '#src/lib/messages.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { CataloguePanel } from './panel-components.tsx'

type Props = {
  panel: ChartDescription
  reportId: string
  locale: Locale
  palette: ChartPalette
  themeChoice: ThemeChoice
}

export const PanelSlot = memo(function PanelSlot({
  panel,
  reportId,
  locale,
  palette,
  themeChoice,
}: Props) {
  const embedChart = embedChartOf(panel)
  return (
    <PanelActions
      actions={embedChart && <EmbedAction chart={embedChart} locale={locale} theme={themeChoice} />}
    >
      <Suspense fallback={<PanelLoading title={pick(panel.title, locale)} locale={locale} />}>
        <CataloguePanel panel={panel} reportId={reportId} locale={locale} palette={palette} />
      </Suspense>
    </PanelActions>
  )
})

/**
 * A panel whose code is still loading: its title, and the room it will take. Not a region of its
 * own: the panel that replaces it is, under the same name.
 */
export function PanelLoading({ title, locale }: { title: string; locale: Locale }) {
  return (
    <section className="panel panel-wide" aria-busy="true" style={{ minHeight: 240 }}>
      <h2>{title}</h2>
      <p className="panel-status">{t('loading', locale)}</p>
    </section>
  )
}
