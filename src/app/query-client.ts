import { QueryClient } from '@tanstack/react-query'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The panel offers a retry button; automatic retries would only delay the message.
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  })
}
