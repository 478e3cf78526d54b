import { describe, expect, it } from 'vitest'
import { rowLabel } from '#src/domain/applicant-columns.ts'
import {
  type FigureRow,
  matrixFigures,
  matrixRows,
  splitCellId,
} from '#src/features/applications-table/matrix-rows.ts'
import { categoryFigures } from '../../fixtures/figures.ts'
import { huaianFigures, huaianReport } from './huaian.tsx'

const report = huaianReport()
const figures = huaianFigures('applications')
const rows = matrixRows(figures.values(), report.tableHeadings)
const figureRows = rows.filter((row): row is FigureRow => row.kind === 'figures')
const values = (row: FigureRow | undefined) => row?.cells.map((cell) => cell?.value)
const rowOf = (key: string) => figureRows.find((row) => row.key === `applications.${key}`)

describe('the applications table’s rows', () => {
  it('has the 2021 table’s 25 rows in its order, each with the 7 applicant columns', () => {
    expect(figureRows).toHaveLength(25)
    expect(figureRows.every((row) => row.cells.length === 7)).toBe(true)
    expect(figureRows.map((row) => row.key.replace('applications.', ''))).toEqual([
      'new',
      'carried-over',
      'granted',
      'partly-granted',
      'refused.state-secret',
      'refused.prohibited',
      'refused.security-stability',
      'refused.third-party',
      'refused.internal-affairs',
      'refused.process-information',
      'refused.enforcement-files',
      'refused.query-matters',
      'unavailable.not-held',
      'unavailable.needs-creation',
      'unavailable.unclear',
      'not-processed.petition',
      'not-processed.repeated',
      'not-processed.publications',
      'not-processed.mass-repeated',
      'not-processed.confirmation',
      'other.not-corrected',
      'other.fee-unpaid',
      'other.other',
      'results-total',
      'carried-forward',
    ])
    expect(matrixFigures(rows)).toHaveLength(175)
  })

  it('holds the report’s figures, column by column, with their source lines', () => {
    expect(values(rowOf('new'))).toEqual([3001, 53, 0, 0, 61, 4, 3119])
    expect(rowOf('new')?.lines).toEqual([126])
    expect(values(rowOf('refused.query-matters'))).toEqual([105, 0, 0, 0, 0, 0, 105])
    expect(rowOf('refused.query-matters')?.lines).toEqual([157])
    expect(values(rowOf('unavailable.not-held'))).toEqual([746, 12, 0, 0, 10, 1, 769])
    expect(values(rowOf('results-total'))).toEqual([2932, 53, 0, 0, 61, 4, 3050])
    expect(values(rowOf('carried-forward'))).toEqual([103, 0, 0, 0, 0, 0, 103])
    expect(rowOf('carried-forward')?.lines).toEqual([200])
  })

  it('puts the group headings from tableHeadings before their rows, indented by level', () => {
    const shown = rows.map((row) =>
      row.kind === 'heading'
        ? ['heading', row.code, row.label.zh, row.depth]
        : [row.code, row.label.zh, row.depth],
    )
    expect(shown.slice(0, 6)).toEqual([
      ['一', '本年新收政府信息公开申请数量', 0],
      ['二', '上年结转政府信息公开申请数量', 0],
      ['heading', '三', '本年度办理结果', 0],
      ['(一)', '予以公开', 1],
      ['(二)', '部分公开', 1],
      ['heading', '(三)', '不予公开', 1],
    ])
    expect(shown[6]).toEqual(['1.', '属于国家秘密', 2])
    expect(shown).toContainEqual(['heading', '(四)', '无法提供', 1])
    expect(shown).toContainEqual(['heading', '(五)', '不予处理', 1])
    expect(shown).toContainEqual(['heading', '(六)', '其他处理', 1])
    expect(shown).toContainEqual(['(七)', '总计', 1])
    expect(shown.at(-1)).toEqual(['四', '结转下年度继续办理', 0])
    expect(rows.filter((row) => row.kind === 'heading')).toHaveLength(5)
  })

  it('names the rows in English from the data too', () => {
    expect(rowOf('other.fee-unpaid')?.label.en).toBe('Applicant did not pay the fee in time')
    expect(rowLabel({ zh: '总计：总计', en: 'Total handled: total' })).toEqual({
      zh: '总计',
      en: 'Total handled',
    })
  })

  it('falls back on the 2021 format’s headings before the report’s arrive', () => {
    const early = matrixRows(figures.values())
    expect(early.filter((row) => row.kind === 'heading').map((row) => row.label.zh)).toEqual([
      '本年度办理结果',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ])
  })

  it('takes a group printed as one row (the 2019 table’s (六) 其他处理) as one row', () => {
    const nineteen = new Map([...figures].filter(([id]) => !id.startsWith('applications.other.')))
    const carriedForward = [...nineteen].filter(([id]) =>
      id.startsWith('applications.carried-forward'),
    )
    for (const [id] of carriedForward) nineteen.delete(id)
    for (const [id, figure] of figures) {
      const match = /^applications\.other\.other\.(.+)$/.exec(id)
      if (match && figure.kind === 'reported' && figure.table) {
        nineteen.set(`applications.other.${match[1]}`, {
          ...figure,
          id: `applications.other.${match[1]}`,
          label: { zh: `其他处理：${figure.label.zh.split('：')[1]}`, en: 'Other: x' },
          table: { code: '(六)', parent: 'table.applications.results' },
        })
      }
    }
    for (const [id, figure] of carriedForward) nineteen.set(id, figure)
    const other = matrixRows(nineteen.values(), report.tableHeadings).filter(
      (row) => row.kind === 'figures' && row.key === 'applications.other',
    )
    expect(other).toEqual([expect.objectContaining({ code: '(六)', depth: 1 })])
    expect(matrixRows(nineteen.values()).some((row) => row.label.zh === '其他处理')).toBe(true)
  })

  it('leaves out what is not an applicant-column cell: a 2015 report gives no rows', () => {
    expect(splitCellId('applications.other.other.other-org')).toEqual([
      'applications.other.other',
      'other-org',
    ])
    expect(splitCellId('applications.received.online')).toBeNull()
    expect(matrixRows(categoryFigures('applications').values())).toEqual([])
  })
})
