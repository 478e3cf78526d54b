import { QueryClient } from '@tanstack/react-query'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The panel offers a retry button; automatic retries would only delay the message.
        retry: false,
        // Panels' figures are prefetched with the report; a failed prefetch stays failed, with its
        // message and retry button, instead of being retried silently when the panel mounts.
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  })
}
