import { compact } from './text.ts'

/** The table's title line ("2018 年度政府信息公开情况统计表"), trimmed, or null. */
export function readTitle(line: string): string | null {
  const text = compact(line).text
  return text.includes('统计表') && text.length <= 60 ? line.trim() : null
}

const FOOTER = /^(?:填报单位|单位负责人|负责人|审核人|填报人|制表人|统计人|联系电话|填报日期)/

export type Footer = { agency: string | null; filedOn: string | null }

/** Lines printed above and under the table: 填报单位, 单位负责人, 审核人, 填报人, 联系电话, 填报日期. */
export function readFooter(line: string): Footer | null {
  const text = compact(line).text
  if (!FOOTER.test(text)) return null
  const agency = /^填报单位(?:\(盖章\))?:?(.+)$/.exec(text)?.[1]?.split('填报日期')[0] ?? null
  const date = /填报日期:?(\d{4})(?:年|-|\.|\/)(\d{1,2})(?:月|-|\.|\/)(\d{1,2})/.exec(text)
  return { agency: agency || null, filedOn: date ? isoDate(date[1], date[2], date[3]) : null }
}

function isoDate(year = '', month = '', day = ''): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso
}
