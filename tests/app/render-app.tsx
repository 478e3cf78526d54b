import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createQueryClient } from '#src/api/query-client.ts'
import { App } from '#src/app/app.tsx'
import { preloadPanels } from '#src/app/panel-components.tsx'
import { CHARTS } from '#src/catalogue/charts.ts'

// Every panel's code, as a reader's browser has it by the time the report arrives (the app starts
// loading it with the report); in tests the first load of a module takes longer than a network.
await preloadPanels(CHARTS)

/** Renders the whole app at `url` (path and query), as a user who opens that link. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  return { user, ...render(<App queryClient={createQueryClient()} />) }
}

/**
 * The panel region with this name once its code has loaded: a panel whose code is still on its
 * way shows a placeholder region of the same name (labelled by aria-label, not by its heading).
 */
export function findPanel(name: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const region = screen.getByRole('region', { name })
    if (!region.hasAttribute('aria-labelledby')) throw new Error(`the panel ${name} is loading`)
    return region
  })
}
