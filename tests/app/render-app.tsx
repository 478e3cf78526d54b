import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '#src/app/app.tsx'
import { createQueryClient } from '#src/app/query-client.ts'

/** Renders the whole app at `url` (path and query), as a user who opens that link. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  return { user, ...render(<App queryClient={createQueryClient()} />) }
}
