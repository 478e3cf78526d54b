import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { TrendPanel } from '#src/features/compare/trend-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { waitForSvg } from '../../fixtures/chart-bars.ts'
import { huaian2020Trial, withReports, wuzhong2017 } from '../../fixtures/multi-year.ts'
import { renderAt, rowCells } from './render-compare.tsx'

const TITLE = '本机关历年对比'

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the trend panel', () => {
  it('charts and tabulates the agency’s two years in order, with their sources', async () => {
    server.use(...withReports(wuzhong2017()))
    const { user } = renderAt(TrendPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /^分组柱状图：/ })
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('主动公开政府信息数，2017年 1980 条，2018年 2475 条'),
    )
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('行政复议，2017年 1 件，2018年 0 件'),
    )
    await waitForSvg(chart)
    // Same agency, same table: nothing to qualify, and fees (万元) are left to the table.
    expect(within(panel).queryByText(/年份不同|不同的统计表|≈/)).toBeNull()
    expect(within(panel).getByText('图中未画出（见表格）：依申请公开收费')).toBeInTheDocument()

    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['指标', '2017年2015–2018 年版统计表', '2018年2015–2018 年版统计表', '说明'])
    const [review2017, review2018] = rowCells(table, '行政复议')
    expect(review2017).toHaveTextContent('1 件')
    expect(review2018).toHaveTextContent('0 件')
    // The other year's line is read on that report's page; this year's on this page.
    expect(
      within(review2017 as HTMLElement).getByRole('link', { name: '第134行' }),
    ).toHaveAttribute('href', '?report=wuzhong-psb-2017#L134')
    expect(
      within(review2018 as HTMLElement).getByRole('link', { name: '第134行' }),
    ).toHaveAttribute('href', '#L134')
    const [fees2017, fees2018] = rowCells(table, '依申请公开收费')
    expect(fees2017).toHaveTextContent(/^未报告/)
    expect(fees2018).toHaveTextContent(/^0 万元/)
  })

  it('mixes the 2019 trial and the 2021 table where the mapping allows', async () => {
    server.use(...withReports(huaian2020Trial()))
    const { user } = renderAt(TrendPanel, { reportId: 'huaian-gov-2024' })
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /^分组柱状图：/ })
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('行政诉讼，2020年 50 件，2024年 46 件'),
    )
    expect(
      within(panel).getByText(/报告使用不同的统计表（2019 年试行版统计表、2021 年版统计表）/),
    ).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    const [lawsuits2020, lawsuits2024] = rowCells(table, '行政诉讼')
    expect(lawsuits2020).toHaveTextContent('50 件计算值: 30 + 20')
    expect(lawsuits2024).toHaveTextContent('46 件计算值: 26 + 20')
    // Both tables follow the revised Regulations: the same rows, nothing approximate.
    const [documents2020, documents2024] = rowCells(table, '制发规范性文件')
    expect(documents2020).toHaveTextContent('6 件')
    expect(documents2024).toHaveTextContent('8 件')
    expect(within(table).queryByText(/≈/)).toBeNull()
    // Rows neither table has are left out.
    expect(within(table).queryByText('主动公开政府信息数')).toBeNull()
  })

  it('says plainly when the dataset holds one year of the agency, and what would be compared', async () => {
    renderAt(TrendPanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByText('数据集中只有本机关一年的报告')).toBeInTheDocument()
    expect(within(panel).queryByRole('img')).toBeNull()
    const list = within(panel).getByRole('list')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain('主动公开政府信息数')
  })

  it('reads in English', async () => {
    renderAt(TrendPanel, { reportId: 'huaian-gov-2024', locale: 'en' })
    const panel = await screen.findByRole('region', { name: 'This agency over the years' })
    expect(
      await within(panel).findByText('The dataset holds one year of this agency’s reports'),
    ).toBeInTheDocument()
    const items = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toContain('Administrative lawsuits')
    expect(items).not.toContain('Information proactively disclosed')
  })
})
