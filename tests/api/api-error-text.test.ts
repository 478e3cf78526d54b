import { describe, expect, it } from 'vitest'
import { ApiError } from '#src/api/api-client.ts'
import { errorText } from '#src/api/api-error-text.ts'

const url = 'https://example.org/api/reports/x.json'

describe('an API failure, in the reader’s language', () => {
  it('says each kind in Chinese with no English inside the sentence', () => {
    const cases: [ApiError, string][] = [
      [new ApiError('network', url, 'The network request failed'), '网络请求失败'],
      [new ApiError('not-json', url, 'The response is not valid JSON'), '响应不是有效的 JSON'],
      [new ApiError('invalid', url, 'x', ['meta.year: Invalid input']), '响应与接口约定不符'],
      [
        new ApiError('http', url, 'HTTP 404 Not Found: gone', [], 404, 'gone'),
        '服务器返回错误（HTTP 404）',
      ],
    ]
    for (const [error, message] of cases) {
      const text = errorText(error, 'zh')
      expect(text.message).toBe(message)
      // Latin letters only in codes and names (HTTP, JSON), never in words.
      expect(text.message.replace(/HTTP|JSON/g, '')).not.toMatch(/[A-Za-z]/)
    }
  })

  it('keeps the API’s own words and the contract’s reasons as detail lines', () => {
    expect(
      errorText(new ApiError('http', url, 'HTTP 404 Not Found: gone', [], 404, 'gone'), 'zh'),
    ).toEqual({ message: '服务器返回错误（HTTP 404）', details: ['gone'] })
    expect(
      errorText(new ApiError('invalid', url, 'x', ['meta.year: Invalid input']), 'zh').details,
    ).toEqual(['meta.year: Invalid input'])
  })

  it('says the same in English as the client’s own message', () => {
    const http = new ApiError('http', url, 'HTTP 404 Not Found: gone', [], 404, 'gone')
    expect(errorText(http, 'en').message).toBe('HTTP 404 Not Found: gone')
    const invalid = new ApiError('invalid', url, 'The response does not match the API contract')
    expect(errorText(invalid, 'en').message).toBe('The response does not match the API contract')
  })

  it('says an error that is not the API’s in general words, with its text as a detail', () => {
    expect(errorText(new TypeError('x is undefined'), 'zh')).toEqual({
      message: '出现意外错误',
      details: ['x is undefined'],
    })
  })
})
