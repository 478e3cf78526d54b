import type { Locale } from './locale.ts'

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

/**
 * A short name for the part of the report a citation's section id names:
 * s8 → “第八部分” / “part 8”, table or national-2021.proactive → “统计表” / “statistics table”.
 */
export function sectionLabel(sectionId: string | undefined, locale: Locale): string {
  // "table" is the single 2015 table; "national-2021.applications" and the like name one of the
  // 2019 and 2021 formats' tables.
  if (sectionId === 'table' || /^national-20\d\d\./.test(sectionId ?? ''))
    return locale === 'zh' ? '统计表' : 'statistics table'
  if (sectionId === 'preface') return locale === 'zh' ? '前言' : 'preface'
  const n = Number(/^s(\d+)$/.exec(sectionId ?? '')?.[1])
  if (!Number.isInteger(n) || n < 1) return locale === 'zh' ? '正文' : 'the text'
  return locale === 'zh' ? `第${ZH_NUMERALS[n - 1] ?? n}部分` : `part ${n}`
}
