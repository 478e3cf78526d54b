import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app.tsx'

const reportParam = () => new URLSearchParams(window.location.search).get('report')
const figure = (name: string) => screen.findByRole('figure', { name })

describe('several reports in one dashboard', () => {
  it('opens 吴忠市公安局 2018 first and offers the other agencies and their years', async () => {
    renderApp()
    const picker = await screen.findByRole('group', { name: '报告' })
    const agency = within(picker).getByRole('combobox', { name: '机关' })
    expect(agency).toHaveDisplayValue('吴忠市公安局')
    expect(
      within(agency)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['吴忠市公安局', '平潭综合实验区', '淮安市人民政府'])
    expect(within(picker).getByRole('combobox', { name: '年度' })).toHaveDisplayValue('2018')
    expect(picker).toHaveTextContent('统计表格式: 2015–2018 年版统计表')
  })

  it('switches to 淮安市人民政府 2024, keeps it in the URL, and back returns', async () => {
    const { user } = renderApp()
    const picker = await screen.findByRole('group', { name: '报告' })
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: '机关' }),
      '淮安市人民政府',
    )
    expect(reportParam()).toBe('huaian-gov-2024')
    expect(await screen.findByRole('region', { name: '淮安市人民政府' })).toBeInTheDocument()
    expect(
      within(await figure('本年新收政府信息公开申请数量：总计')).getByText('3119'),
    ).toBeVisible()
    const lawsuits = await figure('行政诉讼总数（计算）')
    expect(within(lawsuits).getByText('46')).toBeVisible()
    expect(within(lawsuits).getByText('计算值: 26 + 20')).toBeVisible()

    window.history.back()
    expect(await screen.findByRole('region', { name: '吴忠市公安局' })).toBeInTheDocument()
    expect(reportParam()).toBeNull()
  })

  it('lists what a 2021-format report does not have, and why, instead of empty charts', async () => {
    renderApp('/?report=huaian-gov-2024')
    const absent = await screen.findByRole('region', { name: '本报告未包含' })
    expect(absent).toHaveTextContent(
      '本报告使用2021 年版统计表，该表没有以下部分：主动公开渠道分布、回应解读、机构建设与培训。',
    )
    expect(absent).toHaveTextContent('报告未给出以下部分的数字：主动公开信息类别、互联网+政务服务')
    // Its applications and reviews are drawn by the 2021 panels, so they are not said to be missing.
    expect(absent).not.toHaveTextContent('依申请公开')
    expect(absent).not.toHaveTextContent('行政复议')
    expect(screen.queryByRole('region', { name: '主动公开渠道分布' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '诉求办理' })).not.toBeInTheDocument()
  })

  it('shows the 2015 panels of 吴忠市公安局 2018 and says nothing is missing', async () => {
    renderApp()
    expect(await screen.findByRole('region', { name: '主动公开渠道分布' })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: '诉求办理' })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: '数据核验' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '本报告未包含' })).not.toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: '政府信息公开申请：办理结果' }),
    ).not.toBeInTheDocument()
  })

  it('draws the 2021 table’s panels for 淮安市人民政府 2024', async () => {
    renderApp('/?report=huaian-gov-2024')
    for (const name of [
      '规章、规范性文件和行政执法决定',
      '政府信息公开申请：办理结果',
      '行政复议和行政诉讼结果',
      '收到和处理政府信息公开申请情况（统计表）',
    ]) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument()
    }
  })

  it('sets the lines that say where a report text came from apart from the report', async () => {
    renderApp('/?report=huaian-gov-2024')
    const text = await screen.findByRole('region', { name: '报告原文' })
    expect(
      await within(text).findByText(
        '第 1–3 行（灰色）是导入时记下的来源与提取方式，不属于报告原文。',
      ),
    ).toBeInTheDocument()
    const lines = within(text).getAllByRole('listitem')
    expect(lines.slice(0, 3).map((line) => line.className)).toEqual(
      Array(3).fill('source-provenance'),
    )
    expect(lines[0]).toHaveTextContent(/^# source:/)
    expect(lines[3]).not.toHaveClass('source-provenance')
    // They keep their numbers, as the citations count them.
    expect(lines[3]?.getAttribute('value')).toBe('4')
  })

  it('says so when the URL names a report the dataset does not have', async () => {
    renderApp('/?report=nope-2030')
    expect(
      await screen.findByText('数据集中没有报告“nope-2030”，下面显示的是默认报告。'),
    ).toHaveAttribute('role', 'status')
    expect(await screen.findByRole('region', { name: '吴忠市公安局' })).toBeInTheDocument()
  })
})
