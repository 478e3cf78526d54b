import { evaluateBalance, ruleIds } from '../balance.ts'
import {
  columnUnit,
  type FormatSpec,
  metricId,
  type RowSpec,
  type TableSpec,
} from '../formats/spec.ts'
import { fold, labelKey, wordOf } from '../text.ts'
import type { ImportedFigure } from '../types.ts'
import type { TableLine } from './table-line.ts'

/**
 * Saved page text, where a table's cells ran together with no separator: "行政规范性文件693665" may
 * be 69 / 3 / 665 or 6 / 93 / 665. The rows are found by their labels, in the format's order;
 * each row's run of digits is split into as many figures as the row has columns in every way
 * that reads as figures, and the splits are kept only where the table's own balance rules hold
 * (each row's applicant columns add up to its 总计, the rows to their totals, 一 + 二 = 三 + 四 …).
 * A row left with more than one split is refused with the splits named: never guessed.
 */

/** The text as one stream of characters, each with the line it is on. */
type Stream = { text: string; line: number[]; col: number[]; lines: readonly string[] }

function streamOf(lines: readonly string[]): Stream {
  let text = ''
  const line: number[] = []
  const col: number[] = []
  lines.forEach((printed, i) => {
    // fold keeps one code unit per code unit, so stream positions map back to the printed line.
    const folded = `${fold(printed)}\n`
    for (let c = 0; c < folded.length; c++) {
      text += folded[c]
      line.push(i + 1)
      col.push(c)
    }
  })
  return { text, line, col, lines }
}

/** The row as printed, from its label to the end of its figures, for the citation. */
function printed(stream: Stream, start: number, end: number): string {
  const line = stream.line[start] ?? 1
  const from = stream.col[start] ?? 0
  const to = stream.line[end - 1] === line ? (stream.col[end - 1] ?? from) + 1 : undefined
  return (stream.lines[line - 1] ?? '').slice(from, to).trim()
}

/** Characters a run of cells can hold: digits, decimal points, signs, spaces, a money unit. */
const RUN = /^(?:[\s+\-−]*\d+(?:[.,]\d+)*)+(?:万元|元)?/
const CODE_AFTER = /^[、.．]\s*[^\d\s]/

type Found = {
  quote: string
  table: TableSpec
  row: RowSpec
  label: string
  unit: string | null
  run: string
  line: number
  start: number
  end: number
}

/** Positions of a row's key in the stream, from `from` on, without spaces. */
function keyAt(stream: Stream, key: string, from: number): number {
  // Keys are compared without spaces: search a space-free copy and map back.
  return searchCompact(stream, key, from)
}

let cache: { stream: Stream; compact: string; index: number[] } | null = null
function searchCompact(stream: Stream, key: string, from: number): number {
  if (cache?.stream !== stream) {
    let compact = ''
    const index: number[] = []
    for (let i = 0; i < stream.text.length; i++) {
      const char = stream.text[i] ?? ''
      if (/\s/.test(char)) continue
      compact += char
      index.push(i)
    }
    cache = { stream, compact, index }
  }
  const { compact, index } = cache
  let lo = 0
  while (lo < index.length && (index[lo] ?? 0) < from) lo++
  const at = compact.indexOf(key, lo)
  return at < 0 ? -1 : (index[at] ?? -1)
}

/**
 * The row whose key is at `at`: its label runs on to the first digit that is not a row number,
 * then a unit word may follow, then the run of cells.
 */
function rowAt(
  stream: Stream,
  at: number,
  keyLength: number,
): { label: string; unit: string | null; run: string; runStart: number; end: number } | null {
  const text = stream.text
  let i = at
  while (i < text.length && i - at < 80) {
    const char = text[i] ?? ''
    if (/\d/.test(char) && !CODE_AFTER.test(text.slice(i + 1, i + 4))) break
    if (char === '。' || char === '\n') return null
    i++
  }
  let label = text.slice(at, i)
  let unit: string | null = null
  const unitMatch = /(条|件|个|次|元|万元|人|项|篇)\s*$/.exec(label)
  if (unitMatch && label.replace(/\s/g, '').length - unitMatch[0].trim().length >= keyLength) {
    unit = unitMatch[1] ?? null
    label = label.slice(0, unitMatch.index)
  }
  const run = RUN.exec(text.slice(i))?.[0] ?? ''
  if (!/\d/.test(run)) return null
  return { label, unit, run, runStart: i, end: i + run.length }
}

/** Cuts a trailing row number ("2" of "…85376 2、政府公报") off a run when a row number follows it. */
function trimCode(stream: Stream, run: string, end: number, nextCode: string | null): string {
  if (!CODE_AFTER.test(stream.text.slice(end, end + 3))) return run
  const digits = /^(\d{1,2})\.$/.exec(nextCode ?? '')?.[1] ?? /(\d)$/.exec(run)?.[1] ?? ''
  return run.endsWith(digits) ? run.slice(0, run.length - digits.length) : run
}

/** Every way to read a run as `count` figures for the row's columns. */
export function splits(run: string, row: RowSpec, limit = 20_000): string[][] {
  const money = row.columns.map((column) =>
    ['ten-thousand-yuan', 'percent'].includes(columnUnit(row, column)),
  )
  const signed = row.columns.map((column) => column.signed === true)
  const text = run.replace(/(万元|元)$/, '').replace(/[,，]/g, '')
  const segments = text.trim().split(/\s+/).filter(Boolean)
  const out: string[][] = []
  const count = row.columns.length
  const token = (piece: string, column: number) => {
    if (column >= count) return false
    const body = signed[column] ? piece.replace(/^[+\-−]/, '') : piece
    if (!/^\d+(?:\.\d+)?$/.test(body)) return false
    if (body.includes('.') && !money[column]) return false
    if (/^0\d/.test(body)) return false
    return true
  }
  const walk = (segment: number, offset: number, column: number, taken: string[]) => {
    if (out.length >= limit) return
    const current = segments[segment]
    if (current === undefined) {
      if (column === count) out.push([...taken])
      return
    }
    if (offset === current.length) {
      walk(segment + 1, 0, column, taken)
      return
    }
    for (let end = offset + 1; end <= current.length; end++) {
      const piece = current.slice(offset, end)
      if (!token(piece, column)) continue
      taken.push(piece)
      walk(segment, end, column + 1, taken)
      taken.pop()
    }
  }
  walk(0, 0, 0, [])
  return out
}

type Candidate = { row: Found; options: string[][] }

const numberOf = (piece: string) => Number(piece.replace(/^[+]/, '').replace('−', '-'))

function figuresOf(candidate: Candidate, option: readonly string[]): ImportedFigure[] {
  const { row } = candidate.row
  return row.columns.flatMap((column, c) => {
    const id = metricId(row, column)
    if (id === null) return []
    const piece = option[c] ?? ''
    return [
      {
        id,
        table: candidate.row.table.id,
        rowLabel: row.zh,
        column: column.zh,
        code: row.code,
        unit: columnUnit(row, column),
        value: numberOf(piece),
        asWritten: piece,
        approximate: false,
        line: candidate.row.line,
      },
    ]
  })
}

/** Keeps the options of each row that some choice of the other rows' options fits every rule with. */
function narrow(spec: FormatSpec, candidates: Candidate[]): void {
  const rowOf = new Map<string, Candidate>()
  for (const candidate of candidates) {
    for (const column of candidate.row.row.columns) {
      const id = metricId(candidate.row.row, column)
      if (id) rowOf.set(id, candidate)
    }
  }
  const ruleRows = spec.rules.map((rule) => {
    const ids = ruleIds(rule)
    const rows = [
      ...new Set(ids.map((id) => rowOf.get(id)).filter((c): c is Candidate => c !== undefined)),
    ]
    return { rule, ids, rows, complete: ids.every((id) => rowOf.has(id)) }
  })
  for (let pass = 0; pass < 6; pass++) {
    let changed = false
    for (const { rule, rows, complete } of ruleRows) {
      if (!complete || rows.length === 0) continue
      const product = rows.reduce((n, c) => n * c.options.length, 1)
      if (product <= 1 || product > 50_000) continue
      const keep = rows.map(() => new Set<number>())
      const pick = new Array<number>(rows.length).fill(0)
      const visit = (k: number) => {
        if (k === rows.length) {
          const figures = rows.flatMap((c, r) => figuresOf(c, c.options[pick[r] ?? 0] ?? []))
          const [check] = evaluateBalance([rule], figures)
          if (check?.ok !== false) {
            pick.forEach((p, r) => {
              keep[r]?.add(p)
            })
          }
          return
        }
        const options = rows[k]?.options.length ?? 0
        for (let o = 0; o < options; o++) {
          pick[k] = o
          visit(k + 1)
        }
      }
      visit(0)
      rows.forEach((candidate, r) => {
        const kept = candidate.options.filter((_, o) => keep[r]?.has(o))
        if (kept.length !== candidate.options.length) {
          candidate.options = kept
          changed = true
        }
      })
    }
    if (!changed) break
  }
}

/** Finds the spec's rows in text whose cells ran together, and splits their runs of digits. */
export function runTogetherLines(spec: FormatSpec, lines: readonly string[]): TableLine[] {
  const stream = streamOf(lines)
  const found: Found[] = []
  let from = 0
  for (const table of spec.tables) {
    const rows = table.rows.filter((row) => !row.unlabelled)
    // The table starts where its first two rows follow each other, label and figures each.
    let start = -1
    for (
      let at = keyAt(stream, labelKey(rows[0]?.keys[0] ?? rows[0]?.zh ?? ''), from);
      at >= 0;
      at = keyAt(stream, labelKey(rows[0]?.keys[0] ?? ''), at + 1)
    ) {
      const first = rowAt(stream, at, labelKey(rows[0]?.keys[0] ?? '').length)
      const second = rows[1]
        ? keyAt(stream, labelKey(rows[1].exact ?? rows[1].keys[0] ?? rows[1].zh), at + 1)
        : -1
      if (first && (rows.length === 1 || (second >= first.end && second - first.end < 80))) {
        start = at
        break
      }
    }
    if (start < 0 && !table.rows.some((row) => row.unlabelled)) continue
    let at = start >= 0 ? start : from
    table.rows.forEach((row, k) => {
      if (at < 0) return
      if (row.unlabelled) {
        const header = keyAt(stream, labelKey(table.headingKeys.at(-1) ?? ''), at)
        if (header < 0) return
        const run = /[\s\d]*\d[\s\d]*/.exec(
          stream.text.slice(header).replace(/^[^\d]*/, (m) => ' '.repeat(m.length)),
        )
        if (!run) return
        const runStart = header + (run.index ?? 0)
        const runEnd = runStart + run[0].length
        found.push({
          table,
          row,
          label: '',
          unit: null,
          run: run[0].trim(),
          line: stream.line[runStart] ?? 1,
          start: runStart,
          end: runEnd,
          quote: printed(stream, runStart, runEnd),
        })
        at = runEnd
        return
      }
      const key = labelKey(row.exact ?? row.keys[0] ?? row.zh)
      const pos = k === 0 && start >= 0 ? start : keyAt(stream, key, at)
      if (pos < 0) return
      const read = rowAt(stream, pos, key.length)
      if (!read) return
      const next = table.rows[k + 1]
      const run = trimCode(stream, read.run, read.end, next?.code ?? null)
      const end = read.runStart + run.length
      found.push({
        table,
        row,
        label: read.label,
        unit: read.unit,
        run,
        line: stream.line[read.runStart] ?? 1,
        start: pos,
        end,
        quote: printed(stream, pos, end),
      })
      at = read.runStart + run.length
    })
    const last = found.at(-1)
    if (last) from = last.end
  }
  const candidates: Candidate[] = found.map((row) => ({ row, options: splits(row.run, row.row) }))
  narrow(spec, candidates)
  const told = new Map<Candidate, string>()
  for (const candidate of candidates) {
    if (candidate.options.length < 2) continue
    const said = narrativeSays(stream, found, candidate)
    if (!said) continue
    candidate.options = [said.option]
    told.set(candidate, said.note)
    narrow(spec, candidates)
  }
  return candidates.map((candidate) =>
    toLine(candidate.row, candidate.options, told.get(candidate)),
  )
}

/**
 * The split the report's own narrative confirms. A figure counts as stated where a sentence
 * outside the tables names the row (four characters of its label in a row), and then, with no
 * other number in between and at most twelve characters on, gives the figure followed by the
 * column's unit word ("集中公开现行有效行政规范性文件698件"). The option that has the most such
 * figures, and alone has that many, is taken; figures under 10 prove nothing and are not counted.
 */
function narrativeSays(
  stream: Stream,
  found: readonly Found[],
  candidate: Candidate,
): { option: string[]; note: string } | null {
  const from = Math.min(...found.map((f) => f.start))
  const to = Math.max(...found.map((f) => f.end))
  const { row } = candidate.row
  const words = new Set<string>()
  for (const label of [row.zh, ...row.keys]) {
    const key = labelKey(label)
    for (let i = 0; i + 4 <= key.length; i++) words.add(key.slice(i, i + 4))
  }
  const stated: { value: string; unit: string; line: number }[] = []
  for (const match of stream.text.matchAll(/[^。；;\n]+/g)) {
    const start = match.index
    if (start + match[0].length > from && start < to) continue
    const text = match[0].replace(/\s/g, '')
    for (const word of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const after = /^([^\d]{0,12}?)(\d+(?:\.\d+)?)(万元|人次|[条件次篇个人项笔类%])/.exec(
          text.slice(at + word.length),
        )
        if (after?.[2] && after[3])
          stated.push({ value: after[2], unit: after[3], line: stream.line[start] ?? 1 })
      }
    }
  }
  const support = candidate.options.map((option) =>
    option.flatMap((value, c) => {
      const column = row.columns[c]
      if (!column || Math.abs(numberOf(value)) < 10) return []
      const unit = wordOf(columnUnit(row, column))
      const hit = stated.find((s) => s.value === value.replace(/^[+\-−]/, '') && s.unit === unit)
      return hit ? [{ value, line: hit.line }] : []
    }),
  )
  const counts = support.map((s) => s.length)
  const best = Math.max(...counts)
  if (best === 0 || counts.filter((count) => count === best).length > 1) return null
  const o = counts.indexOf(best)
  const option = candidate.options[o] ?? []
  const cited = (support[o] ?? []).map((s) => `${s.value} on line ${s.line}`).join(', ')
  return {
    option,
    note: `the report's narrative states ${cited}, which only this split gives`,
  }
}

function toLine(found: Found, options: string[][], told?: string): TableLine {
  const labels = found.label ? [found.label] : []
  const base = { line: found.line, labels, unit: found.unit, quote: found.quote }
  const shown = (option: readonly string[]) => option.join(' | ')
  if (options.length === 1) {
    const only = options[0] ?? []
    return {
      ...base,
      values: [...only],
      note: told
        ? `cells ran together as "${found.run.trim()}"; read as ${shown(only)}: ${told}`
        : `cells ran together as "${found.run.trim()}"; read as ${shown(only)}, the only split that the table's column count and balance rules allow`,
    }
  }
  const blank = found.row.columns.map(() => '')
  if (options.length === 0) {
    return {
      ...base,
      values: blank,
      unreadable: `its cells ran together as "${found.run.trim()}", and no split into ${found.row.columns.length} figures fits the table's balance rules`,
    }
  }
  const listedOptions = options.slice(0, 3).map(shown).join('; ')
  return {
    ...base,
    values: blank,
    unreadable: `its cells ran together as "${found.run.trim()}", which splits into ${found.row.columns.length} figures in ${options.length >= 20_000 ? 'too many' : options.length} ways (${listedOptions}${options.length > 3 ? '; …' : ''}), and the table's rules do not decide between them`,
  }
}
