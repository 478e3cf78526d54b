import { hasTabs, isValueCell, webCells } from './national-2019-cells.ts'
import { reviewId } from './national-2019-rules.ts'
import {
  blankFrom,
  type Cell2021,
  error,
  figureFrom,
  type Read2021,
} from './national-2021-figures.ts'
import { readReview2021 } from './national-2021-review.ts'
import { REVIEW_BLOCKS_2021 as BLOCKS, REVIEW_COLUMNS } from './national-2021-rows.ts'
import { clip } from './text.ts'

export const REVIEW_TABLE_2019 = 'national-2019.review-litigation'
const COUNT = BLOCKS.length * REVIEW_COLUMNS.length

/**
 * 政府信息公开行政复议、行政诉讼情况, the same table in the 2019 trial and the 2021 format: read
 * as the 2021 reader reads it, or, copied from a web page, cell by cell with its blank cells.
 */
export function readReview2019(lines: readonly string[], from: number, to: number): Read2021 {
  if (!hasTabs(lines, from, to)) {
    const read = readReview2021(lines, from, to)
    const figures = read.figures.map((figure) => ({ ...figure, table: REVIEW_TABLE_2019 }))
    // Fewer figures than cells: some cells are blank, and text from a PDF does not show which.
    const problems = read.problems.map((problem) =>
      /found \d+ figures, expected \d+$/.test(problem.message) && read.figures.length === 0
        ? {
            ...problem,
            message: `${problem.message}; cells may be blank, which text from a PDF does not show; not read`,
          }
        : problem,
    )
    return { figures, problems }
  }
  const out: Read2021 = { figures: [], problems: [] }
  const cells = webCells(lines, from, to)
  // The figures are the cells after the last heading cell (…尚未审结, 总计).
  const last = cells.findLastIndex((cell) => !cell.blank && !isValueCell(cell))
  const values = cells.slice(last + 1)
  if (values.length !== COUNT) {
    const shown = clip(values.map((c) => c.text || '(blank)').join(' | '), 60)
    out.problems.push(
      error(
        from,
        `行政复议、行政诉讼情况 (lines ${from + 1}–${to}): found ${values.length} cells after the headings ("${shown}"), expected ${COUNT}`,
      ),
    )
    return out
  }
  values.forEach((printed, index) => {
    const block = BLOCKS[Math.floor(index / REVIEW_COLUMNS.length)]
    const column = REVIEW_COLUMNS[index % REVIEW_COLUMNS.length]
    if (!block || !column) return
    const cell: Cell2021 = {
      id: reviewId(block.id, column.id),
      table: REVIEW_TABLE_2019,
      rowLabel: block.zh,
      column: column.zh,
      code: null,
      unit: 'piece',
    }
    if (printed.blank) blankFrom(cell, printed.line, out)
    else figureFrom(cell, printed, out)
  })
  return out
}
