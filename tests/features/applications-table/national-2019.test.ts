import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { figureIndex } from '#src/domain/figures.ts'
import type { Category } from '#src/domain/report-schema.ts'
import { buildApplicantsOption } from '#src/features/applicants/applicants-option.ts'
import { outcomeBars } from '#src/features/applicants/outcome-figures.ts'
import { buildOutcomesOption } from '#src/features/applicants/outcomes-option.ts'
import { type FigureRow, matrixRows } from '#src/features/applications-table/matrix-rows.ts'
import { documentsGrid } from '#src/features/proactive-2021/documents-option.ts'
import { buildReviewOutcomesOption } from '#src/features/review-outcomes/review-outcomes-option.ts'
import { importReport } from '#src/importer/import-report.ts'
import { toDatasetParts } from '#src/importer/to-dataset.ts'
import { seriesData } from '../../fixtures/chart-option.ts'

/**
 * The 2019 trial format, as the importer reads 2019年上海市人民政府办公厅政府信息公开工作年度报告
 * (the importer's fixture): the same applicant and review ids, （六）其他处理 as one row, other
 * proactive ids, and many cells the report leaves blank.
 */
const text = readFileSync(
  join(import.meta.dirname, '../../importer/fixtures/shanghai-2019-web.txt'),
  'utf8',
)
const parts = toDatasetParts(text, importReport(text))
const figures = (category: Category) =>
  figureIndex(parts.metrics.filter((metric) => metric.category === category))
const input = (category: Category) => ({
  figures: figures(category),
  locale: 'zh' as const,
  palette: CHART_PALETTES.light,
})

describe('a 2019-format report', () => {
  it('tabulates its 23 rows, （六）其他处理 as one row, blanks as blanks', () => {
    const rows = matrixRows(figures('applications').values(), parts.tableHeadings)
    const figureRows = rows.filter((row): row is FigureRow => row.kind === 'figures')
    expect(figureRows).toHaveLength(23)
    const other = figureRows.find((row) => row.key === 'applications.other')
    expect(other).toMatchObject({ code: '(六)', depth: 1 })
    expect(other?.cells.map((cell) => cell?.value)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
    expect(rows.filter((row) => row.kind === 'heading').map((row) => row.label.zh)).toEqual([
      '本年度办理结果',
      '不予公开',
      '无法提供',
      '不予处理',
    ])
  })

  it('draws the applicants it gives and no bar where a cell is blank', () => {
    expect(
      seriesData(buildApplicantsOption(input('applications')), 'bar').map((bar) => bar.value),
    ).toEqual([821, 35, '-', '-', 2, 1])
  })

  it('draws （六）其他处理 from its one row, and a sum with blank rows as not reported', () => {
    const bars = outcomeBars(figures('applications'), 'zh')
    expect(bars.map((bar) => [bar.short.zh, bar.figure.kind, bar.figure.value])).toEqual([
      ['予以公开', 'reported', null],
      ['部分公开', 'reported', null],
      ['不予公开', 'computed', null],
      ['无法提供', 'computed', null],
      ['不予处理', 'computed', null],
      ['其他处理', 'reported', null],
    ])
    expect(
      seriesData(buildOutcomesOption(input('applications')), 'bar').every(
        (bar) => bar.value === ('-' as never),
      ),
    ).toBe(true)
  })

  it('draws the review outcomes it gives, and draws no lawsuit after review it leaves blank', () => {
    const option = buildReviewOutcomesOption(input('review-litigation'))
    const series = option.series as { data: { value: number | string }[] }[]
    expect(series.map((one) => one.data.map((item) => item.value))).toEqual([
      [5, 8, '-'],
      ['-', '-', '-'],
      ['-', '-', '-'],
      [2, 1, '-'],
    ])
  })

  it('has no 2021 document columns to chart (its columns are 制作/公开/对外公开总数)', () => {
    expect(documentsGrid(figures('proactive')).rows).toEqual([])
    expect(figures('proactive').get('proactive.penalties.decisions')?.value).toBe(0)
  })
})
