import { evaluateBalance } from './balance.ts'
import { readNational2015 } from './national-2015.ts'
import { NATIONAL_2015_RULES } from './national-2015-rules.ts'
import { readNational2019 } from './national-2019.ts'
import { NATIONAL_2019_RULES } from './national-2019-rules.ts'
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
    if (options.format === 'national-2019') return read2019(lines, pageBreaks(text))
    // The 2015–2018 table, unless the text has the words of the later formats' table 三. Then
    // the 2019 trial format where only its own words are in the text (本年新制作数量, 采购总金额
    // …), the 2021 format where only its own are (本年制发件数, 逾期不补正 …); with both or
    // neither, both are read (2019 only where there is a （六）其他处理 row), and the reading
    // that finds more figures wins, the later format on a tie.
    const older = read2015(lines)
    if (options.format === 'national-2015') return older
    const texts = lines.map((line) => compact(line).text)
    if (!hasAny(texts, MARKERS_2021)) return older
    const trial = hasAny(texts, ONLY_2019)
    const revised = hasAny(texts, ONLY_2021)
    const either = !trial && !revised && hasAny(texts, ['其他处理'])
    const readings = [
      ...(trial || either ? [read2019(lines, pageBreaks(text))] : []),
      ...(revised || !trial ? [read2021(lines)] : []),
    ]
    return readings.reduce(
      (best, read) => (read.figures.length >= best.figures.length ? read : best),
      older,
    )
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

/** The lines (0-based) on which pdftotext starts a new page: a form feed, which splitLines drops. */
function pageBreaks(text: string): number[] {
  return text.split(/\r\n|\n|\r/).flatMap((line, i) => (line.includes('\f') ? [i] : []))
}

function read2019(lines: readonly string[], pages: readonly number[]): ImportResult {
  const read = readNational2019(lines, pages)
  return {
    format: 'national-2019',
    ...read,
    checks: evaluateBalance(NATIONAL_2019_RULES, read.figures),
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

/** Words of the 2019 trial and the 2021 format, which the 2015–2018 table does not print. */
const MARKERS_2021 = ['收到和处理政府信息公开申请情况', '本年新收政府信息公开申请数量']

/** Column and row words only the 2019 trial format prints (国办公开办函〔2019〕60号). */
const ONLY_2019 = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '其他对外管理服务事项',
  '采购项目数量',
  '采购总金额',
]

/** Column and row words only the 2021 format prints (国办公开办函〔2021〕30号). */
const ONLY_2021 = [
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年收费金额',
  '逾期不补',
  '收费通知',
]

/** Whether any of the lines (compacted) holds one of the markers. */
function hasAny(texts: readonly string[], markers: readonly string[]): boolean {
  return texts.some((text) => markers.some((marker) => text.includes(marker)))
}
