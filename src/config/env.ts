import './zod-setup.ts'
import { z } from 'zod'

const EnvSchema = z.object({
  /**
   * Base URL of a live API that implements docs/openapi.yaml. Unset: the app reads the static
   * JSON next to it (production build) or the MSW mocks (development).
   */
  VITE_API_BASE_URL: z
    .url({ message: 'VITE_API_BASE_URL must be an absolute http(s) URL' })
    .refine((value) => /^https?:/.test(value), 'VITE_API_BASE_URL must use http or https')
    .optional(),
  /** How long a request may take before the panel reports a timeout, in ms. */
  VITE_REQUEST_TIMEOUT_MS: z.coerce
    .number({ message: 'VITE_REQUEST_TIMEOUT_MS must be a number of milliseconds' })
    .int()
    .min(100, 'VITE_REQUEST_TIMEOUT_MS must be at least 100')
    .default(10_000),
})

function parseEnv() {
  const raw = {
    VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
    VITE_REQUEST_TIMEOUT_MS: import.meta.env.VITE_REQUEST_TIMEOUT_MS || undefined,
  }
  const result = EnvSchema.safeParse(raw)
  if (!result.success) {
    throw new Error(`Invalid environment: ${result.error.issues.map((i) => i.message).join('; ')}`)
  }
  return result.data
}

export const env = parseEnv()

/** The API base as an absolute URL ending in "/". */
export function apiBaseUrl(): string {
  const base = env.VITE_API_BASE_URL ?? new URL('api/', document.baseURI).href
  return base.endsWith('/') ? base : `${base}/`
}

/** Mocks run in development unless a live API is configured. */
export const useMocks = import.meta.env.DEV && env.VITE_API_BASE_URL === undefined
