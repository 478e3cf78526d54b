import { type ComponentType, type LazyExoticComponent, lazy, useState } from 'react'
import type { PanelProps } from '#src/components/panel/category-panel.tsx'
import type { ChartDescription } from '#src/components/panel/chart-description.ts'

type Entry = {
  start: () => Promise<{ default: ComponentType<PanelProps> }>
  Lazy: LazyExoticComponent<ComponentType<PanelProps>>
  loaded: ComponentType<PanelProps> | null
}

const entries = new Map<string, Entry>()

function entryOf(panel: ChartDescription): Entry {
  const known = entries.get(panel.id)
  if (known) return known
  let loading: Promise<{ default: ComponentType<PanelProps> }> | null = null
  const entry: Entry = {
    start: () => {
      loading ??= panel.loadPanel().then((component) => {
        entry.loaded = component
        return { default: component }
      })
      return loading
    },
    Lazy: lazy(() => entry.start()),
    loaded: null,
  }
  entries.set(panel.id, entry)
  return entry
}

/** Starts loading these panels' code, once each; resolves when all of it has arrived. */
export async function preloadPanels(panels: readonly ChartDescription[]): Promise<void> {
  await Promise.all(panels.map((panel) => entryOf(panel).start()))
}

/**
 * A catalogue panel, its code loaded on first use (the catalogue holds only a loader, so that a
 * page carries the code of the panels its report shows). A panel whose code has already arrived
 * (see preloadPanels) renders at once, without passing through its Suspense fallback.
 */
export function CataloguePanel({ panel, ...props }: PanelProps & { panel: ChartDescription }) {
  const entry = entryOf(panel)
  // Chosen once per mount, so that the element type does not change under a mounted panel.
  const [Ready] = useState(() => entry.loaded)
  return Ready ? <Ready {...props} /> : <entry.Lazy {...props} />
}
