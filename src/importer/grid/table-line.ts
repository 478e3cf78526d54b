/**
 * One printed row of a statistics table, whatever shape it came in (an HTML `<tr>`, a tab- or
 * `|`-separated line of a browser or Markdown copy, a row recovered from text whose cells ran
 * together): its label cells, its unit cell, and its value cells, in order.
 */
export type TableLine = {
  /** 1-based line of the document's text on which the row is printed. */
  line: number
  /** Label cells, outermost first ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"). */
  labels: string[]
  /** The printed unit cell (计量单位 / 单位), when the table has one. */
  unit: string | null
  /** Value cells as printed ("" for a blank cell), left to right. */
  values: string[]
  /** Where each value cell is in its HTML or PDF table, when the row came from one. */
  places?: { table: number; row: number; column: number }[]
  /** Why the values are what they are, when the importer recovered them (cells run together). */
  note?: string
  /** The row as printed, where the line holds more than the row (a whole table run together). */
  quote?: string
  /** Set when the row's cells could not be told apart: the reader refuses the row with this reason. */
  unreadable?: string
}

const UNIT_CELL = /^(?:条|件|次|篇|个|人|人次|项|笔|类|元|万元|%|批次|家|场|期)$/
const BLANK_CELL = /^(?:[-—–－/\\~～_]+|无|空)?$/
const FIGURE_CELL =
  /^(?:约|近|超过|逾|大约)?\s*[+\-−]?\d[\d,，.\s]*(?:余|多)?(?:万|亿)?(?:余|多)?(?:元|人次|万元|条|件|次|篇|个|人|项|笔|类|%)?(?:余|多)?$/

/**
 * A cell that starts like a figure but is not one ("2418[sup:2]", "2418（含变更）", "600-700",
 * "644*", "〇"): a figure cell all the same, so that the row is found and the cell is named as
 * unreadable, rather than taken for part of the label. A row number ("1.属于…") is not one.
 */
const FIGURE_LIKE = /^(?:[约近]\s*)?[+\-−]?\d+(?:[.,，]\d+)*(?![.、．年月日号\d])|^[〇零]$/

/** A cell that holds a figure, or nothing (a blank cell is a value: "not reported"). */
export function isValueCell(text: string): boolean {
  const folded = text.normalize('NFKC').trim()
  return BLANK_CELL.test(folded) || FIGURE_CELL.test(folded) || FIGURE_LIKE.test(folded)
}

export const isUnitCell = (text: string) => UNIT_CELL.test(text.normalize('NFKC').trim())

/**
 * Splits a row's cells into labels, unit and values: labels are the cells up to the last one
 * that is neither a figure nor blank nor a unit; values are what follows.
 */
export function classifyCells(texts: readonly string[]): {
  labels: string[]
  unit: string | null
  values: string[]
  valueIndexes: number[]
} {
  let last = -1
  texts.forEach((text, i) => {
    if (!isValueCell(text) && !isUnitCell(text)) last = i
  })
  const labels = texts.slice(0, last + 1).filter((text) => text.trim() !== '')
  let unit: string | null = null
  const values: string[] = []
  const valueIndexes: number[] = []
  texts.forEach((text, i) => {
    if (i <= last) return
    if (unit === null && values.length === 0 && isUnitCell(text)) {
      unit = text.normalize('NFKC').trim()
      return
    }
    values.push(text.trim())
    valueIndexes.push(i)
  })
  return { labels, unit, values, valueIndexes }
}
