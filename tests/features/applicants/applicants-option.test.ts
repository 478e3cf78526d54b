import { describe, expect, it } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import {
  applicantsSentence,
  buildApplicantsOption,
} from '#src/features/applicants/applicants-option.ts'
import {
  expectEscapedTooltip,
  labelAt,
  one,
  onlySeries,
  optionBuilder,
  seriesData,
  tooltipAt,
  withHostileLabel,
} from '../../fixtures/chart-option.ts'
import { huaianFigures } from '../applications-table/huaian.tsx'

const figures = huaianFigures('applications')
const build = optionBuilder(buildApplicantsOption, figures)

describe('the new applications by applicant chart', () => {
  it('draws the table’s row 一 by applicant type: 3001, 53, 0, 0, 61, 4', () => {
    expect(seriesData(build(), 'bar')).toEqual([
      { id: 'applications.new.natural-person', name: '自然人', value: 3001 },
      { id: 'applications.new.business', name: '商业企业', value: 53 },
      { id: 'applications.new.research', name: '科研机构', value: 0 },
      { id: 'applications.new.public-interest', name: '社会公益组织', value: 0 },
      { id: 'applications.new.legal-services', name: '法律服务机构', value: 61 },
      { id: 'applications.new.other-org', name: '其他组织', value: 4 },
    ])
    // 总计 is the panel's lead, not a bar beside its parts.
    expect(seriesData(build(), 'bar').map((bar) => bar.id)).not.toContain('applications.new.total')
  })

  it('labels the bars and tooltips in Chinese and English, with the share of the total', () => {
    expect(labelAt(build('zh'), 'bar', 0)).toBe('3001')
    expect(labelAt(build('en'), 'bar', 0)).toBe('3,001')
    expect(tooltipAt(build('zh'), 0)).toBe(
      '本年新收政府信息公开申请数量：自然人<br/>3001 件 · 96.2%',
    )
    expect(tooltipAt(build('en'), 4)).toBe(
      'New applications this year: legal service institutions<br/>61 cases · 2%',
    )
    expect(one(build('en').yAxis)).toMatchObject({
      data: [
        'Natural persons',
        'Businesses',
        'Research bodies',
        'Public-interest groups',
        'Legal services',
        'Other organisations',
      ],
    })
    const axis = one(build('zh').xAxis) as { axisLabel?: { formatter?: unknown } }
    if (typeof axis.axisLabel?.formatter !== 'function') throw new Error('expected a formatter')
    expect(axis.axisLabel.formatter(3000)).toBe('3000')
  })

  it('writes an accessible sentence from the data', () => {
    expect(applicantsSentence(figures, 'zh')).toBe(
      '条形图：本年新收申请按申请人类型：自然人 3001 件；商业企业 53 件；科研机构 0 件；社会公益组织 0 件；法律服务机构 61 件；其他组织 4 件',
    )
    expect(applicantsSentence(figures, 'en')).toMatch(
      /^Bar chart: new applications this year by applicant: Natural persons 3,001 cases; Businesses 53 cases;/,
    )
  })

  it('leaves a blank figure without a bar and names it 未报告, never 0', () => {
    const blank = huaianFigures('applications', { 'applications.new.business': null })
    const option = build('zh', blank)
    const data = onlySeries(option, 'bar').data as Array<{ id: string; value: number | string }>
    expect(data[1]).toEqual({ id: 'applications.new.business', name: '商业企业', value: '-' })
    expect(one(option.yAxis)).toMatchObject({
      data: expect.arrayContaining(['商业企业 · 未报告']),
    })
    expect(tooltipAt(option, 1)).toBe('本年新收政府信息公开申请数量：商业企业<br/>未报告')
    expect(applicantsSentence(blank, 'zh')).toContain('商业企业 未报告')
  })

  it('leaves out a column the report does not have', () => {
    const fewer = new Map(figures)
    fewer.delete('applications.new.research')
    expect(seriesData(build('zh', fewer), 'bar').map((bar) => bar.name)).not.toContain('科研机构')
  })

  it('escapes a hostile label in the tooltip', () => {
    const hostile = withHostileLabel(figures, 'applications.new.natural-person')
    expectEscapedTooltip(build('zh', hostile, CHART_PALETTES.dark), 0)
  })
})
