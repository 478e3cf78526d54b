import { z } from 'zod'

// Parse without generating code with `new Function`: the site's Content-Security-Policy has no
// 'unsafe-eval', and even zod's guarded probe would be reported as a violation.
z.config({ jitless: true })
