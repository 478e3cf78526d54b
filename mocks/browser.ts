import { setupWorker } from 'msw/browser'
import { faultFromUrl } from './faults.ts'
import { handlers } from './handlers.ts'

// `?mock=<fault>` in the page URL puts a fault in front of the normal handlers (see faults.ts).
export const worker = setupWorker(...faultFromUrl(window.location.search), ...handlers)
