import { evaluateBalance } from './balance.ts'
import { readNational2015 } from './national-2015.ts'
import { NATIONAL_2015_RULES } from './national-2015-rules.ts'
import { readNational2021 } from './national-2021.ts'
import { NATIONAL_2021_RULES } from './national-2021-rules.ts'
import { compact, splitLines } from './text.ts'
import type { ImportOptions, ImportResult } from './types.ts'

/** Texts longer than this are refused rather than read: no report is anywhere near it. */
export const MAX_TEXT_LENGTH = 5_000_000

const EMPTY_META = { title: null, agency: null, year: null, filedOn: null }

/**
 * Reads the statistics tables of a government information-disclosure annual report from its
 * text (copied from a web page, or extracted from a PDF with pdftotext). Never throws: what it
 * cannot read is in `problems`, each with its line.
 */
export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  const empty = (message: string): ImportResult => ({
    format: null,
    tables: [],
    figures: [],
    problems: [{ line: null, severity: 'error', message }],
    checks: [],
    headings: [],
    meta: EMPTY_META,
  })
  if (typeof text !== 'string') return empty('the input is not text')
  if (text.length > MAX_TEXT_LENGTH) {
    return empty(
      `the text is ${text.length} characters long; the importer reads at most ${MAX_TEXT_LENGTH}`,
    )
  }
  try {
    const lines = splitLines(text)
    if (options.format === 'national-2021') return read2021(lines)
    const older = read2015(lines)
    if (options.format === 'national-2015' || !hasMarkers2021(lines)) return older
    // Both formats' words are in the text: the reading that finds more figures wins.
    const newer = read2021(lines)
    return older.figures.length > newer.figures.length ? older : newer
  } catch (error) {
    // A bug, not bad input; reported like any other problem so that callers never see a trace.
    return empty(`internal error while reading the text: ${String(error)}`)
  }
}

function read2021(lines: readonly string[]): ImportResult {
  const read = readNational2021(lines)
  return {
    format: 'national-2021',
    ...read,
    checks: evaluateBalance(NATIONAL_2021_RULES, read.figures),
  }
}

function read2015(lines: readonly string[]): ImportResult {
  const read = readNational2015(lines)
  const found = read.tables.length > 0
  return {
    format: found ? 'national-2015' : null,
    ...read,
    checks: found ? evaluateBalance(NATIONAL_2015_RULES, read.figures) : [],
  }
}

const MARKERS_2021 = ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量']

/** Words only the 2021 format prints. */
function hasMarkers2021(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const text = compact(line).text
    return MARKERS_2021.some((marker) => text.includes(marker))
  })
}
