import type { z } from 'zod'
import { apiBaseUrl, env } from '#src/config/env.ts'
import { ApiErrorSchema } from '#src/contract/api-schema.ts'
import { describeIssues } from '#src/contract/describe-issues.ts'

export const REQUEST_TIMEOUT_MS = env.VITE_REQUEST_TIMEOUT_MS

export type ApiFailureKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid'

/** Every way a request can fail, with a message that says what went wrong and where. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly url: string,
    message: string,
    readonly details: string[] = [],
    readonly status?: number,
    /** The API's own words from an error body (`error.message`), as it sent them. */
    readonly serverMessage?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** GET a JSON document from the API and parse it with `schema`; never trusts the body's shape. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const url = new URL(path, apiBaseUrl()).href
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (timeout.aborted) {
      throw new ApiError('timeout', url, `No answer within ${REQUEST_TIMEOUT_MS / 1000} s`)
    }
    if (signal?.aborted) throw error
    throw new ApiError('network', url, 'The network request failed')
  }
  const text = await response.text()
  if (!response.ok) {
    const serverMessage = errorBodyMessage(text)
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    const message = serverMessage ? `${status}: ${serverMessage}` : status
    throw new ApiError('http', url, message, [], response.status, serverMessage)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ApiError('not-json', url, 'The response is not valid JSON')
  }
  const result = schema.safeParse(body)
  if (!result.success) {
    const details = describeIssues(result.error.issues, body)
    throw new ApiError('invalid', url, 'The response does not match the API contract', details)
  }
  return result.data
}

function errorBodyMessage(text: string): string | undefined {
  try {
    const parsed = ApiErrorSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data.error.message
  } catch {
    // Not an API error body; the status alone says enough.
  }
  return undefined
}
