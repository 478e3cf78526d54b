/** Helpers shared by the readers of a page's own statements about itself (document.ts `DocumentMeta`). */
import type { DocumentMeta } from './document.ts'

export const noMeta = (): DocumentMeta => ({
  title: null,
  publishedOn: null,
  publisher: null,
  url: null,
})

/**
 * The yyyy-mm-dd date at the start of a published date as pages write it: "2022-02-08 16:34",
 * "2022/2/8", "2022.02.08", "2022年2月8日", "2022-01-28-10:00:00", "2022-02-08T16:34:00+08:00",
 * or a PDF date "D:20220208163400+08'00'". Null when it is not a real date.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const text = value.trim()
  const match =
    /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(text) ??
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text)
  if (!match) return null
  const [, y, m, d] = match
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A page address: an absolute http(s) URL, or null. */
export function httpUrl(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text || !/^https?:\/\/[^\s]+$/i.test(text)) return null
  return text
}

/** Text, or null when it is blank. */
export const nonBlank = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}
