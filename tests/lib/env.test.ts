import { afterEach, describe, expect, it, vi } from 'vitest'

async function loadEnv() {
  vi.resetModules()
  return import('#src/config/env.ts')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('VITE_API_BASE_URL', () => {
  it('defaults to the api/ folder next to the page, so the static build works from any sub-path', async () => {
    vi.stubEnv('VITE_API_BASE_URL', '')
    const { apiBaseUrl } = await loadEnv()
    expect(apiBaseUrl()).toBe(new URL('api/', document.baseURI).href)
  })

  it('points the client at a live API and turns the mocks off', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'https://data.example.gov.cn/gk/v1')
    const { apiBaseUrl, useMocks } = await loadEnv()
    expect(apiBaseUrl()).toBe('https://data.example.gov.cn/gk/v1/')
    expect(useMocks).toBe(false)
  })

  it('refuses a value that is not an http(s) URL, saying which variable is wrong', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'ftp://example.com/')
    await expect(loadEnv()).rejects.toThrow('VITE_API_BASE_URL must use http or https')
  })
})
