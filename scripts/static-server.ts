import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * A static file server that adds response headers (the deployment headers of the README); with
 * `gzip`, it compresses the text files it knows, as a production host would.
 */
export function serveWithHeaders(
  root: string,
  headers: (path: string) => Record<string, string>,
  { gzip = false }: { gzip?: boolean } = {},
) {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      statSync(file)
    } catch {
      response.writeHead(404, headers(path)).end('not found')
      return
    }
    const type = TYPES[extname(file)]
    const compress = gzip && type !== undefined
    response.writeHead(200, {
      'Content-Type': type ?? 'application/octet-stream',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...headers(path),
    })
    const stream = createReadStream(file)
    if (compress) stream.pipe(createGzip()).pipe(response)
    else stream.pipe(response)
  })
  return new Promise<{ url: string; close: () => void }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ url: `http://127.0.0.1:${port}/`, close: () => server.close() })
    })
  })
}
