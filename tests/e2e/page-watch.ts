import type { Page } from 'playwright-core'

/** Collects what a user would never want to see: console errors and failed or foreign requests. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(
      `failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason given'})`,
    ),
  )
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:'))
      problems.push(`left the origin: ${url}`)
  })
  return problems
}
