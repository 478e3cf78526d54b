import { type Cell2021, error, figureFrom, type Read2021 } from './national-2021-figures.ts'
import { APPLICANT_COLUMNS, APPLICATION_ROWS_2021 as ROWS } from './national-2021-rows.ts'
import { applicationId } from './national-2021-rules.ts'
import { labelBefore, type NumberToken, numberTokens } from './number-tokens.ts'
import { splitCells } from './split-cells.ts'
import { clip, compact, fold, listed, readCode } from './text.ts'

export const APPLICATIONS_TABLE = 'national-2021.applications'
const WIDTH = APPLICANT_COLUMNS.length

/** A row of figures as found: its tokens (null when they could not be read) and its label. */
type Group = {
  line: number
  tokens: { text: string; line: number }[] | null
  row: number | null
  note?: string
}

/** 收到和处理政府信息公开申请情况: 25 rows by seven applicant columns. */
export function readApplications2021(lines: readonly string[], from: number, to: number): Read2021 {
  const out: Read2021 = { figures: [], problems: [] }
  const tokens = numberTokens(lines, from, to)
  const byLine = new Map<number, NumberToken[]>()
  for (const token of tokens) {
    const line = byLine.get(token.line)
    if (line) line.push(token)
    else byLine.set(token.line, [token])
  }
  const rowLines = [...byLine.values()]
  const layout = rowLines.filter((row) => row.length >= 2).length * 2 >= rowLines.length
  if (tokens.length === 0) {
    out.problems.push(error(from, '收到和处理政府信息公开申请情况: no figures found in the table'))
    return out
  }
  const trial = rowLines.find(
    (row) => row[0] && compact(labelBefore(lines, row[0])).text.includes('其他处理'),
  )
  // A browser copy prints a merged label on its first sub-row's line ("（六）其他处理  1.申请人…  0 …"):
  // where the 2021 sub-rows are printed, 其他处理 with figures on its line is not the 2019 row.
  const subRows = lines.slice(from, to).some((line) => /逾期不补|收费通知/.test(compact(line).text))
  if (layout && trial?.[0] && !subRows) {
    out.problems.push(
      error(
        trial[0].line,
        '（六）其他处理 is a single row with figures: this is the 2019 trial format (国办公开办函〔2019〕60号), read it with --format national-2019',
      ),
    )
    return out
  }
  const groups = layout ? layoutGroups(lines, rowLines, out) : streamGroups(tokens, from, to, out)
  if (!groups) return out
  const assigned = assign(groups, out)
  assigned.forEach((group, index) => {
    const row = ROWS[index]
    if (!row || !group?.tokens) return
    group.tokens.forEach((token, column) => {
      const col = APPLICANT_COLUMNS[column]
      if (!col) return
      const cell: Cell2021 = {
        id: applicationId(row.id, col.id),
        table: APPLICATIONS_TABLE,
        rowLabel: row.zh,
        column: col.zh,
        code: row.code,
        unit: 'piece',
      }
      figureFrom(cell, token, out, group.note)
    })
  })
  return out
}

/** The row whose label a line carries, if exactly one row's label is in it. */
export function rowOfLabel(label: string): number | null {
  const text = compact(label).text
  const rest = text.slice(readCode(text).length)
  const hits = ROWS.flatMap((row, index) =>
    row.keys.some((key) => text.includes(key)) || row.exact === rest ? [index] : [],
  )
  return hits.length === 1 ? (hits[0] ?? null) : null
}

const balanced = (values: number[]) =>
  values.slice(0, -1).reduce((a, b) => a + b, 0) === values[values.length - 1]

/** `pdftotext -layout`: one line, one row; cells run together are split by the row's 总计. */
function layoutGroups(lines: readonly string[], rowLines: NumberToken[][], out: Read2021): Group[] {
  return rowLines.map((tokens) => {
    const first = tokens[0] as NumberToken
    const line = first.line
    const row = rowOfLabel(labelBefore(lines, first))
    if (tokens.length === WIDTH) return { line, tokens, row }
    const texts = tokens.map((t) => fold(t.text))
    const shown = clip(texts.join(' '), 60)
    if (tokens.length < WIDTH) {
      const split = splitCells(texts, WIDTH, balanced)
      if (split.kind === 'one') {
        const note = `cells run together ("${shown}") split as ${split.values.join(' | ')}, the only split whose columns add up to its 总计`
        out.problems.push({ line: line + 1, severity: 'warning', message: note })
        return { line, row, note, tokens: split.values.map((text) => ({ text, line })) }
      }
      const why =
        split.kind === 'many'
          ? `it splits into ${WIDTH} cells that add up in more than one way (${split.examples.map((e) => e.join(' | ')).join('; or ')})`
          : split.kind === 'too-many'
            ? 'there are too many ways to split it'
            : `no split into ${WIDTH} cells adds up to the row's 总计 (a cell may be blank)`
      out.problems.push(
        error(
          line,
          `"${shown}": ${tokens.length} figures for ${WIDTH} columns; ${why}; row not read`,
        ),
      )
      return { line, row, tokens: null }
    }
    out.problems.push(
      error(line, `"${shown}": ${tokens.length} figures for ${WIDTH} columns; row not read`),
    )
    return { line, row, tokens: null }
  })
}

/** Text without layout: the figures follow one another, row after row, in printed order. */
function streamGroups(tokens: NumberToken[], from: number, to: number, out: Read2021) {
  const expected = ROWS.length * WIDTH
  if (tokens.length !== expected) {
    out.problems.push(
      error(
        from,
        `收到和处理政府信息公开申请情况 (lines ${from + 1}–${to}): found ${tokens.length} figures, expected ${expected} (${ROWS.length} rows × ${WIDTH} columns); without the layout the importer cannot tell which row each belongs to`,
      ),
    )
    return null
  }
  return ROWS.map((_, index) => {
    const mine = tokens.slice(index * WIDTH, (index + 1) * WIDTH)
    return { line: mine[0]?.line ?? from, tokens: mine, row: null }
  })
}

/** Rows in printed order, re-anchored wherever a line names its row. */
function assign(groups: Group[], out: Read2021): (Group | undefined)[] {
  const rows: (Group | undefined)[] = []
  let next = 0
  for (const group of groups) {
    const index = group.row ?? next
    if (group.row !== null && groups.length === ROWS.length && group.row !== next) {
      out.problems.push(
        error(
          group.line,
          `the label names row "${ROWS[group.row]?.zh}", but the figures sit where row "${ROWS[next]?.zh}" belongs; row not read`,
        ),
      )
      next++
      continue
    }
    if (index >= ROWS.length || rows[index]) {
      out.problems.push(error(group.line, 'figures that fit no row of the table; not read'))
      continue
    }
    rows[index] = group
    next = index + 1
  }
  let after: number | null = null
  let run: string[] = []
  const flush = () => {
    if (run.length === 0) return
    const where = after === null ? 'before the first row read' : 'after this line'
    out.problems.push(
      error(
        after,
        `收到和处理政府信息公开申请情况: ${run.length} row(s) not read (expected ${where}): ${listed(run)}`,
      ),
    )
    run = []
  }
  ROWS.forEach((row, index) => {
    const group = rows[index]
    if (!group) run.push(`${row.code ?? ''}${row.zh}`)
    else {
      flush()
      after = group.line
    }
  })
  flush()
  return rows
}
