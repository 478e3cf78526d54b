import type { ReportBase } from './to-dataset.ts'
import type { ImportResult } from './types.ts'

const NOT_STATED = { zh: '未注明', en: 'Not stated' }

/** The first capture of a pattern in the text, trimmed; null when the text does not state it. */
const stated = (text: string, pattern: RegExp) => pattern.exec(text)?.[1]?.trim() || null

/**
 * What a report says about itself, for a dataset report when no base file gives it: the title,
 * agency and year the page states, the period (the calendar year unless the text says otherwise),
 * and the contact the report's preface gives (联系地址, 邮编, 电话, 电子邮箱). What the page does
 * not state is "未注明 / Not stated", never invented; a base file overrides any of it.
 */
export function pageBase(
  id: string,
  lines: readonly string[],
  result: ImportResult,
  url: string | null,
): ReportBase | string {
  const text = lines.join('\n')
  const { title, agency, year } = result.meta
  if (!year) return 'the page does not state the report year (no "20xx年" in its title)'
  if (!agency || !title) return 'the page does not state the agency and title of the report'
  const period =
    /统计期限.{0,6}?(\d{4})年(\d{1,2})月(\d{1,2})日.{0,4}?(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(
      text,
    )
  const iso = (y?: string, m?: string, d?: string) =>
    `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`
  return {
    id,
    meta: {
      title: {
        zh: title,
        en: `${agency}: annual report on government information disclosure, ${year}`,
      },
      agency: { zh: agency, en: agency },
      region: NOT_STATED,
      year,
      period: period
        ? { start: iso(period[1], period[2], period[3]), end: iso(period[4], period[5], period[6]) }
        : { start: `${year}-01-01`, end: `${year}-12-31` },
      filedOn: result.meta.filedOn,
      sourceUrl: url && /^https?:\/\//.test(url) ? url : null,
      contact: {
        department: (() => {
          const name = stated(text, /请与([^，。；\n]{2,40}?)联系/)
          return name ? { zh: name, en: name } : NOT_STATED
        })(),
        address: stated(text, /(?:联系)?地址[:：]\s*([^；;。，,）)\n]{2,60})/) ?? NOT_STATED.zh,
        postcode: stated(text, /邮[编政编码]{1,3}[:：]\s*(\d{6})/) ?? NOT_STATED.zh,
        phone: stated(text, /电话(?:\/传真)?[:：]\s*([\d\-－—（）()\s]{7,20}\d)/) ?? NOT_STATED.zh,
        email: stated(text, /(?:电子)?邮箱[:：]\s*([\w.+-]+@[\w.-]+\.[a-z]{2,})/i) ?? NOT_STATED.zh,
      },
    },
  }
}
