import type { LocalizedText, Metric, Report } from './report-schema.ts'

/**
 * Checks between two consecutive years of one agency: what one year's table carries forward must be
 * what the next year's table carries over, and what is in force must follow from last year's count
 * and this year's changes. A failed check is the reports' own inconsistency: both years' figures
 * are shown, neither is corrected.
 */
export type CrossYearCheck = {
  id: string
  label: LocalizedText
  status: 'pass' | 'fail'
  /** What was compared, e.g. "2021 现行有效 665 + 2022 本年制发 88 − 本年废止 55 = 698 = 698". */
  detail: string
  /** The figures compared, each with its report (for links and both years' values). */
  figures: { reportId: string; year: number; metric: Metric }[]
}

type Figure = CrossYearCheck['figures'][number]

const DOCUMENT_ROWS = [
  { row: 'proactive.regulations', zh: '规章', en: 'Government rules' },
  { row: 'proactive.normative-documents', zh: '行政规范性文件', en: 'Normative documents' },
]

/** The checks that the two reports' tables allow; none where a figure is missing or not reported. */
export function crossYearChecks(previous: Report, current: Report): CrossYearCheck[] {
  if (
    current.meta.year !== previous.meta.year + 1 ||
    current.meta.agency.zh !== previous.meta.agency.zh
  )
    return []
  const figure = (report: Report, id: string): Figure | null => {
    const metric = report.metrics.find((m) => m.id === id)
    return metric && metric.value !== null
      ? { reportId: report.id, year: report.meta.year, metric }
      : null
  }
  const checks: CrossYearCheck[] = []
  const before = previous.meta.year
  const now = current.meta.year
  const forward = figure(previous, 'applications.carried-forward.total')
  const over = figure(current, 'applications.carried-over.total')
  if (forward && over) {
    const ok = forward.metric.value === over.metric.value
    checks.push({
      id: 'cross-year.carried-over',
      label: {
        zh: `${now} 年“上年结转”等于 ${before} 年“结转下年度继续办理”`,
        en: `Carried over in ${now} equals carried forward in ${before}`,
      },
      status: ok ? 'pass' : 'fail',
      detail: `${before}: ${forward.metric.asWritten} ${ok ? '=' : '≠'} ${now}: ${over.metric.asWritten}`,
      figures: [forward, over],
    })
  }
  for (const { row, zh, en } of DOCUMENT_ROWS) {
    const last = figure(previous, `${row}.in-force`)
    const issued = figure(current, `${row}.issued`)
    const repealed = figure(current, `${row}.repealed`)
    const inForce = figure(current, `${row}.in-force`)
    if (!last || !issued || !repealed || !inForce) continue
    const v = (f: Figure) => f.metric.value ?? 0
    const expected = v(last) + v(issued) - v(repealed)
    const ok = expected === v(inForce)
    checks.push({
      id: `cross-year.${row}.in-force`,
      label: {
        zh: `${zh}：${now} 年现行有效 = ${before} 年现行有效 + ${now} 年制发 − ${now} 年废止`,
        en: `${en}: in force in ${now} = in force in ${before} + issued − repealed in ${now}`,
      },
      status: ok ? 'pass' : 'fail',
      detail: `${v(last)} + ${v(issued)} − ${v(repealed)} = ${expected} ${ok ? '=' : '≠'} ${v(inForce)}`,
      figures: [last, issued, repealed, inForce],
    })
  }
  return checks
}
