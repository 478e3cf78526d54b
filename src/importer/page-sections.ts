import type { Section } from '../domain/report-schema.ts'
import { compact } from './text.ts'

/** The statutory parts of an annual report, as the 2019 and 2021 formats name them. */
const PARTS: readonly [string, string][] = [
  ['总体情况', 'Overview'],
  ['主动公开政府信息情况', 'Proactive disclosure of government information'],
  ['收到和处理政府信息公开申请情况', 'Applications for disclosure received and handled'],
  ['行政复议、行政诉讼情况', 'Administrative reconsideration and litigation'],
  ['存在的主要问题', 'Main problems and improvements'],
  ['其他需要报告的事项', 'Other matters to report'],
  ['主动公开', 'Proactive disclosure'],
  ['依申请公开', 'Disclosure on application'],
  ['收费', 'Fees'],
  ['复议', 'Administrative reconsideration and litigation'],
  ['问题', 'Problems and improvements'],
]

const NUMERALS = '一二三四五六七八九十'

/**
 * The report's own parts ("一、总体情况" … "六、其他需要报告的事项") as dataset sections: each a short
 * line that starts with the next numeral in order, with its line. English names are the statutory
 * ones where the heading is one of them; otherwise "Part N".
 */
export function pageSections(lines: readonly string[]): Section[] {
  const sections: Section[] = []
  lines.forEach((line, i) => {
    const text = line.replace(/[\s\u3000]+/g, '')
    const numeral = NUMERALS[sections.length]
    if (!numeral || !text.startsWith(`${numeral}、`) || text.length > 40 || /\d{3,}/.test(text))
      return
    const key = compact(text).text
    const english = PARTS.find(([zh]) => key.includes(zh))?.[1] ?? `Part ${sections.length + 1}`
    sections.push({
      id: `s${sections.length + 1}`,
      heading: { zh: text, en: `${sections.length + 1}. ${english}` },
      line: i + 1,
    })
  })
  return sections
}
