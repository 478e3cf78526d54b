import { parseCell } from './cell-value.ts'
import { type Cell2021, error, figureFrom, type Read2021 } from './national-2021-figures.ts'
import { REVIEW_BLOCKS_2021 as BLOCKS, REVIEW_COLUMNS } from './national-2021-rows.ts'
import { reviewId } from './national-2021-rules.ts'
import { numberTokens } from './number-tokens.ts'
import { splitCells } from './split-cells.ts'
import { fold } from './text.ts'

export const REVIEW_TABLE = 'national-2021.review-litigation'
const WIDTH = REVIEW_COLUMNS.length
const COUNT = BLOCKS.length * WIDTH

type Token = { text: string; line: number; before: string }
/** A block: the indexes of its four outcome figures and of its 总计. */
type Block = { parts: number[]; total: number }

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** A cell's figure for grouping; NaN (which balances nothing) when it is blank or unreadable. */
function figureOf(text: string): number {
  const cell = parseCell(text, 'piece')
  return 'error' in cell ? Number.NaN : (cell.value ?? Number.NaN)
}

/** 政府信息公开行政复议、行政诉讼情况: 行政复议, then 行政诉讼 without and after reconsideration. */
export function readReview2021(lines: readonly string[], from: number, to: number): Read2021 {
  const out: Read2021 = { figures: [], problems: [] }
  let tokens: Token[] = numberTokens(lines, from, to)
  const where = `行政复议、行政诉讼情况 (lines ${from + 1}–${to})`
  if (tokens.length < COUNT && tokens.length > 0) {
    const split = splitCells(
      tokens.map((t) => fold(t.text)),
      COUNT,
      (values) => inOrder(values),
    )
    if (split.kind !== 'one') {
      out.problems.push(error(from, `${where}: found ${tokens.length} figures, expected ${COUNT}`))
      return out
    }
    const line = tokens[0]?.line ?? from
    tokens = split.values.map((text) => ({ text, line, before: '' }))
    out.problems.push({
      line: line + 1,
      severity: 'warning',
      message: `${where}: cells run together, split as ${split.values.join(' | ')}, the only split in which every block adds up to its 总计`,
    })
  }
  if (tokens.length !== COUNT) {
    out.problems.push(error(from, `${where}: found ${tokens.length} figures, expected ${COUNT}`))
    return out
  }
  const values = tokens.map((t) => figureOf(t.text))
  const blocks = inOrder(values) ? ordered() : reordered(tokens, values, where, out)
  const grouped = out.problems.some((p) => p.message.includes('not in printed order'))
  const note = grouped ? 'placed by the block totals: the text is not in printed order' : undefined
  if (!blocks) return out
  blocks.forEach((block, b) => {
    const meta = BLOCKS[b]
    if (!meta) return
    ;[...block.parts, block.total].forEach((index, c) => {
      const column = REVIEW_COLUMNS[c]
      const token = tokens[index]
      if (!column || !token) return
      const cell: Cell2021 = {
        id: reviewId(meta.id, column.id),
        table: REVIEW_TABLE,
        rowLabel: meta.zh,
        column: column.zh,
        code: null,
        unit: 'piece',
      }
      figureFrom(cell, token, out, note)
    })
  })
  return out
}

const ordered = (): Block[] =>
  BLOCKS.map((_, b) => ({ parts: [0, 1, 2, 3].map((c) => b * WIDTH + c), total: b * WIDTH + 4 }))

/** Printed order: each block of five adds up to its last figure. */
function inOrder(values: number[]): boolean {
  return ordered().every(
    (block) => sum(block.parts.map((i) => values[i] ?? Number.NaN)) === values[block.total],
  )
}

/**
 * Text extracted without layout scrambles this table. Finds the blocks as four figures in a row
 * that add up to a later figure; names each block by the column heading just before it.
 */
function reordered(
  tokens: Token[],
  values: number[],
  where: string,
  out: Read2021,
): Block[] | null {
  const solutions = partitions(values)
  const layout = new Set(tokens.map((t) => t.line)).size < tokens.length / 2
  if (layout || solutions.length === 0) {
    if (layout) return ordered()
    out.problems.push(
      error(
        tokens[0]?.line ?? null,
        `${where}: the figures are out of order and no grouping of them adds up; not read`,
      ),
    )
    return null
  }
  const distinct = new Set(
    solutions.map((blocks) =>
      blocks
        .map((b) => [...b.parts, b.total].map((i) => values[i]).join(','))
        .sort()
        .join('/'),
    ),
  )
  const [solution] = solutions
  const named = solution ? nameBlocks(solution, tokens) : null
  if (distinct.size > 1 || !named) {
    out.problems.push(
      error(
        tokens[0]?.line ?? null,
        `${where}: the figures are out of order and can be grouped in more than one way; not read`,
      ),
    )
    return null
  }
  const detail = named
    .map(
      (block, b) =>
        `${BLOCKS[b]?.zh}: ${block.parts.map((i) => values[i]).join(' + ')} = ${values[block.total]}`,
    )
    .join('; ')
  out.problems.push({
    line: (tokens[0]?.line ?? 0) + 1,
    severity: 'warning',
    message: `${where}: the figures are not in printed order (text extracted without layout); grouped by their totals and named by the headings before them: ${detail}. Check against the original.`,
  })
  return named
}

/** Every way of reading the 15 figures as three runs of four plus a later 总计 each. */
function partitions(values: number[]): Block[][] {
  const found: Block[][] = []
  const used = new Set<number>()
  const blocks: Block[] = []
  const walk = () => {
    if (found.length > 8) return
    const free = values.findIndex((_, i) => !used.has(i))
    if (free < 0) {
      found.push([...blocks])
      return
    }
    // The first free figure starts a run of four or is a total of a run already taken.
    const parts = [free, free + 1, free + 2, free + 3]
    if (parts.every((i) => i < values.length && !used.has(i))) {
      const target = sum(parts.map((i) => values[i] ?? 0))
      for (let total = free + 4; total < values.length; total++) {
        if (used.has(total) || values[total] !== target) continue
        for (const i of [...parts, total]) used.add(i)
        blocks.push({ parts, total })
        walk()
        blocks.pop()
        for (const i of [...parts, total]) used.delete(i)
      }
    }
  }
  walk()
  return found
}

function nameBlocks(blocks: Block[], tokens: Token[]): Block[] | null {
  const hints = blocks.map((block) => {
    const before = tokens[block.parts[0] ?? 0]?.before ?? ''
    return BLOCKS.map((meta, b) => ({
      b,
      at: Math.min(...meta.hints.map((h) => before.indexOf(h)).filter((at) => at >= 0)),
    }))
      .filter((hint) => Number.isFinite(hint.at))
      .sort((x, y) => x.at - y.at)
      .map((hint) => hint.b)
  })
  const names: (number | undefined)[] = blocks.map(() => undefined)
  const taken = new Set<number>()
  const order = blocks
    .map((_, i) => i)
    .sort((x, y) => (hints[x]?.length || 9) - (hints[y]?.length || 9))
  for (const i of order) {
    const pick = (hints[i] ?? []).find((b) => !taken.has(b))
    if (pick !== undefined) {
      names[i] = pick
      taken.add(pick)
    }
  }
  for (let i = 0; i < blocks.length; i++) {
    if (names[i] !== undefined) continue
    const pick = BLOCKS.findIndex((_, b) => !taken.has(b))
    if (pick < 0) return null
    names[i] = pick
    taken.add(pick)
  }
  const result: Block[] = []
  names.forEach((b, i) => {
    const block = blocks[i]
    if (b !== undefined && block) result[b] = block
  })
  return result.length === BLOCKS.length ? result : null
}
