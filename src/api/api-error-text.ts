import type { Locale } from '#src/lib/locale.ts'
import { ApiError, REQUEST_TIMEOUT_MS } from './api-client.ts'

// Its own strings rather than lib/messages: the embed page's live chart says these too, and
// should not carry the dashboard's.
const TEXT = {
  network: { zh: '网络请求失败', en: 'The network request failed' },
  timeout: { zh: '{seconds} 秒内没有响应', en: 'No answer within {seconds} s' },
  http: { zh: '服务器返回错误（HTTP {status}）', en: 'HTTP {status}' },
  'not-json': { zh: '响应不是有效的 JSON', en: 'The response is not valid JSON' },
  invalid: { zh: '响应与接口约定不符', en: 'The response does not match the API contract' },
  unexpected: { zh: '出现意外错误', en: 'Something unexpected went wrong' },
} satisfies Record<string, Record<Locale, string>>

/**
 * What went wrong, in the reader's language. An API error is said by its kind (the English
 * `message` stays for logs and tests); the API's own words and the contract's field-by-field
 * reasons are not translated and go in `details`, apart from the sentence.
 */
export function errorText(error: Error, locale: Locale): { message: string; details: string[] } {
  if (!(error instanceof ApiError)) {
    return { message: TEXT.unexpected[locale], details: [error.message] }
  }
  if (error.kind === 'http') {
    if (locale === 'en') return { message: error.message, details: error.details }
    const message = TEXT.http.zh.replace('{status}', String(error.status ?? ''))
    return {
      message,
      details: [...(error.serverMessage ? [error.serverMessage] : []), ...error.details],
    }
  }
  const message = TEXT[error.kind][locale].replace('{seconds}', String(REQUEST_TIMEOUT_MS / 1000))
  return { message, details: error.details }
}
