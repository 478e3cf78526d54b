import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StatisticsTable } from '#src/components/panel/statistics-table.tsx'
import { categoryFigures } from '../fixtures/figures.ts'

describe('the statistics table', () => {
  it('shows each row with its code, indented under its parent, with unit and figure', () => {
    render(
      <StatisticsTable
        figures={categoryFigures('applications')}
        caption="统计表 三、依申请公开情况"
        locale="zh"
      />,
    )
    const table = screen.getByRole('table', { name: '统计表 三、依申请公开情况' })
    const headers = within(table).getAllByRole('columnheader')
    expect(headers.map((header) => header.textContent)).toEqual(['统计指标', '单位', '统计数'])

    const received = within(table).getByRole('rowheader', { name: '(一) 收到申请数' })
    const inPerson = within(table).getByRole('rowheader', { name: '1. 当面申请数' })
    const secret = within(table).getByRole('rowheader', { name: '其中：涉及国家秘密' })
    const privacy = within(table).getByRole('rowheader', { name: '涉及个人隐私' })
    const indent = (cell: HTMLElement) => Number.parseFloat(cell.style.paddingInlineStart)
    expect(indent(inPerson)).toBeGreaterThan(indent(received))
    expect(indent(secret)).toBeGreaterThan(indent(inPerson))
    expect(indent(privacy)).toBe(indent(secret))

    const row = within(table).getByRole('row', { name: /当面申请数/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['件', '0 第112行'])
    expect(within(row).getByRole('link', { name: '第112行' })).toHaveAttribute('href', '#L112')
    expect(
      within(table).getByRole('rowheader', { name: '七、依申请公开信息收取的费用' }),
    ).toBeInTheDocument()
  })

  it('reads a blank cell as not reported, never 0, in Chinese and in English', () => {
    const figures = categoryFigures('organisation')
    const { unmount } = render(<StatisticsTable figures={figures} caption="八" locale="zh" />)
    const zh = screen.getByRole('row', { name: /政府信息公开专项经费/ })
    expect(
      within(zh)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['万元', '未报告 第152行'])
    unmount()

    render(<StatisticsTable figures={figures} caption="Section 8" locale="en" />)
    const table = screen.getByRole('table', { name: 'Section 8' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Indicator', 'Unit', 'Figure'])
    const en = within(table).getByRole('row', { name: /Dedicated disclosure budget/ })
    expect(en).toHaveTextContent('Not reported')
    expect(en).not.toHaveTextContent(/\b0\b/)
    expect(within(table).getByRole('row', { name: /Full-time staff/ })).toHaveTextContent(
      'person1 line 150',
    )
  })

  it('leaves out the rows a panel shows elsewhere', () => {
    render(
      <StatisticsTable
        figures={categoryFigures('applications')}
        caption="三"
        locale="zh"
        omit={['applications.fees']}
      />,
    )
    expect(screen.queryByRole('rowheader', { name: /收取的费用/ })).toBeNull()
    expect(screen.getAllByRole('row')).toHaveLength(1 + 23)
  })
})
