import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build served at the root of a plain static server. */
    rootUrl: string
    /** The same build served from a sub-path, as a portal would host it. */
    subPathUrl: string
    /** Where the build was written: a fresh folder per run, so parallel runs never share one. */
    distDir: string
  }
}

const ROOT = resolve(import.meta.dirname, '../..')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()))
    })
  })
}

/** `python3 -m http.server`: a plain static file server with no rewrite rules. */
async function serveStatic(dir: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort()
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
    cwd: dir,
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}/`
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(url)
      return { url, process: child }
    } catch {
      await new Promise((wait) => setTimeout(wait, 100))
    }
  }
  child.kill()
  throw new Error(`python3 -m http.server did not start on port ${port}`)
}

/** `vite build` in its own process: inside Vitest, NODE_ENV=test would give a development build. */
function buildSite(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited ${code}`))))
  })
}

export default async function setup(project: TestProject) {
  const dist = mkdtempSync(join(tmpdir(), 'gk-dist-'))
  await buildSite(dist)

  const hosting = mkdtempSync(join(tmpdir(), 'gk-hosting-'))
  mkdirSync(join(hosting, 'gk'))
  symlinkSync(dist, join(hosting, 'gk', '2018'))

  const atRoot = await serveStatic(dist)
  const atSubPath = await serveStatic(hosting)
  project.provide('rootUrl', atRoot.url)
  project.provide('subPathUrl', `${atSubPath.url}gk/2018/`)
  project.provide('distDir', dist)

  return () => {
    atRoot.process.kill()
    atSubPath.process.kill()
    rmSync(hosting, { recursive: true, force: true })
    rmSync(dist, { recursive: true, force: true })
  }
}
