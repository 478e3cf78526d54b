/** How many candidate splits the importer tries before it gives up on a run of digits. */
const BUDGET = 20_000

export type Split =
  | { kind: 'one'; values: string[] }
  | { kind: 'none' }
  | { kind: 'many'; examples: string[][] }
  | { kind: 'too-many' }

/**
 * Cells run together ("3001530061" for 3001 | 53 | 0 | 0 | 61): every way of cutting the digit
 * runs into `count` cells (no leading zeros) that `balances` accepts. Bounded, so it never hangs.
 */
export function splitCells(
  runs: readonly string[],
  count: number,
  balances: (values: number[]) => boolean,
): Split {
  if (runs.some((run) => !/^\d+$/.test(run))) return { kind: 'none' }
  const digits = runs.reduce((sum, run) => sum + run.length, 0)
  if (digits < count || runs.length > count) return { kind: 'none' }
  const found: string[][] = []
  const seen = new Set<string>()
  let steps = 0
  const cells: string[] = []
  const walk = (run: number, at: number): boolean => {
    if (++steps > BUDGET) return false
    if (cells.length > count) return true
    const text = runs[run]
    if (text === undefined) {
      if (cells.length === count && balances(cells.map(Number))) {
        const key = cells.join('|')
        if (!seen.has(key)) {
          seen.add(key)
          found.push([...cells])
        }
      }
      return true
    }
    if (at === text.length) return walk(run + 1, 0)
    // A cell is "0" alone, or starts with a non-zero digit.
    const longest = text[at] === '0' ? 1 : text.length - at
    for (let length = 1; length <= longest; length++) {
      cells.push(text.slice(at, at + length))
      const ok = walk(run, at + length)
      cells.pop()
      if (!ok) return false
    }
    return true
  }
  if (!walk(0, 0)) return { kind: 'too-many' }
  if (found.length === 0) return { kind: 'none' }
  const [first] = found
  return found.length === 1 && first
    ? { kind: 'one', values: first }
    : { kind: 'many', examples: found.slice(0, 3) }
}
