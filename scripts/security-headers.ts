/**
 * The response headers the README's deployment section asks for. One definition, used by the
 * end-to-end test that loads the production build with the policy enforced.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[] = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // ECharts' SVG output carries style attributes; no script is ever allowed inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
  ].join('; ')
}

/** Headers for a path of the built site; embed pages may be framed by the portal origins. */
export function securityHeaders(path: string, portalOrigins: readonly string[] = []) {
  const embeddable = path.startsWith('/embed/')
  return {
    'Content-Security-Policy': contentSecurityPolicy(embeddable ? portalOrigins : []),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(embeddable ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  }
}
