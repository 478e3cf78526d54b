/**
 * CSV that Excel on Windows opens correctly with Chinese text: UTF-8 with a byte-order mark,
 * CRLF line ends, every field quoted when it holds a comma, quote or line break.
 */
export const UTF8_BOM = '\uFEFF'

function field(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
) {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

/** A file name that says what it holds: agency/report, year, chart, language. */
export function downloadName(parts: readonly string[], extension: string): string {
  const slug = parts
    .map((part) =>
      part
        .trim()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('_')
  return `${slug}.${extension}`
}
