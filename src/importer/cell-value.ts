import type { Unit } from '../domain/report-schema.ts'
import { clip, fold, unitOf } from './text.ts'

export type CellValue = {
  value: number | null
  asWritten: string
  approximate: boolean
  /** The unit the value is in: the column's, after converting 元 to 万元. */
  unit: Unit
  note?: string
}

export type CellError = { error: string }

const BLANK = /^(?:[-—–－/\\~～_]+|无|空|\/)$/
const BEFORE = '(约|近|超过|逾|大约)?'
const NUMBER = '(\\d{1,15}(?:,\\d{3}){0,5}(?:\\.\\d{1,6})?)'
const SCALE = '(万|亿)?'
const CELL_UNIT = '(元|人次|万元|条|件|次|篇|个|人|项|笔|类|%)?'
const CELL = new RegExp(`^${BEFORE}${NUMBER}(余|多)?${SCALE}(余|多)?${CELL_UNIT}(余|多)?$`)

const round = (value: number) => Math.round(value * 1e6) / 1e6

/**
 * One table cell: "2475", "2400余", "251000元", "26.04 万", "约 30", "" (blank: not reported).
 * The value is given in the column's unit; money written in 元 is converted to 万元.
 */
export function parseCell(raw: string, columnUnit: Unit): CellValue | CellError {
  const written = raw.trim()
  const quoted = clip(written)
  const folded = fold(written)
  if (/\d\s+[\d.,，]|[\d.,，]\s+\d/.test(folded)) {
    return { error: `"${quoted}" holds more than one figure` }
  }
  const text = folded.replace(/[\s，]/g, (char) => (char === '，' ? ',' : ''))
  if (text === '') return { value: null, asWritten: '', approximate: false, unit: columnUnit }
  if (BLANK.test(text)) {
    return {
      value: null,
      asWritten: '',
      approximate: false,
      unit: columnUnit,
      note: `written as "${quoted}": read as not reported`,
    }
  }
  const match = CELL.exec(text)
  if (!match) return { error: `cannot read "${quoted}" as a figure` }
  const [, before, digits = '', more1, scale, more2, cellUnit, more3] = match
  let value = Number(digits.replaceAll(',', ''))
  if (scale === '万') value *= 10_000
  if (scale === '亿') value *= 100_000_000
  const approximate = Boolean(before || more1 || more2 || more3)
  const cell: CellValue = { value: round(value), asWritten: written, approximate, unit: columnUnit }
  if (cellUnit === '元' || (cellUnit === '万元' && scale === undefined)) {
    if (columnUnit !== 'ten-thousand-yuan') {
      return { error: `"${quoted}" is money, but the column counts ${columnUnit}` }
    }
    if (cellUnit === '元') {
      cell.value = round(value / 10_000)
      cell.note = `converted ${written} to ${cell.value} 万元`
    }
    return cell
  }
  if (scale && columnUnit === 'ten-thousand-yuan') {
    // "26.04万" in a 万元 column: the cell repeats the column's 万.
    cell.value = round(Number(digits.replaceAll(',', '')) * (scale === '亿' ? 10_000 : 1))
    return cell
  }
  if (cellUnit && unitOf(cellUnit) !== columnUnit) {
    cell.note = `the cell says ${cellUnit}; read in the column's unit`
  }
  return cell
}
