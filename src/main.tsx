import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { createQueryClient } from './app/query-client.ts'
import { preloadCharts } from './components/chart/chart-host.tsx'
import { useMocks } from './config/env.ts'
import './app/app.css'

async function enableMocking() {
  // The literal DEV check lets the production build drop the mock code entirely.
  if (!import.meta.env.DEV || !useMocks) return
  const { worker } = await import('../mocks/browser.ts')
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
}

void preloadCharts()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

enableMocking()
  .catch((error: unknown) => {
    // Without mocks the API calls fail, and each panel says so; the page itself still renders.
    console.warn('Mock Service Worker did not start:', error)
  })
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={createQueryClient()} />
      </StrictMode>,
    )
  })
