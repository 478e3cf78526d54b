import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { ComparePanel } from '#src/features/compare/compare-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { clickBar, waitForSvg } from '../../fixtures/chart-bars.ts'
import { renderAt, rowCells } from './render-compare.tsx'

const TITLE = '与其他报告对比'
const compareParam = () => new URLSearchParams(window.location.search).get('compare')

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the compare panel', () => {
  it('sets 吴忠市公安局 2018 beside 淮安市人民政府 2024 from compare= in the URL', async () => {
    const { user } = renderAt(ComparePanel, { search: '?compare=huaian-gov-2024' })
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByRole('combobox', { name: '对比' })).toHaveValue(
      'huaian-gov-2024',
    )
    expect(
      await within(panel).findByText(
        '两份报告的年份不同（2018年、2024年）：差异可能来自年份，而不只是机关。',
      ),
    ).toBeInTheDocument()
    expect(
      within(panel).getByText(/报告使用不同的统计表（2015–2018 年版统计表、2021 年版统计表）/),
    ).toBeInTheDocument()
    const chart = within(panel).getByRole('img', { name: /^分组柱状图：/ })
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('行政复议，吴忠市公安局 2018年 0 件，淮安市人民政府 2024年 351 件'),
    )
    await waitForSvg(chart)

    await user.click(within(panel).getByRole('button', { name: '表格' }))
    const table = within(panel).getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      '指标',
      '吴忠市公安局 2018年2015–2018 年版统计表',
      '淮安市人民政府 2024年2021 年版统计表',
      '说明',
    ])

    const [wuzhongReview, huaianReview] = rowCells(table, '行政复议')
    expect(wuzhongReview).toHaveTextContent('0 件')
    expect(huaianReview).toHaveTextContent('351 件')
    const wuzhongLine = within(wuzhongReview as HTMLElement).getByRole('link', { name: '第134行' })
    expect(wuzhongLine).toHaveAttribute('href', '#L134')
    expect(wuzhongLine).toHaveAttribute('title', expect.stringContaining('四、行政复议数量'))
    const huaianLine = within(huaianReview as HTMLElement).getByRole('link', { name: '第223行' })
    const href = new URL(huaianLine.getAttribute('href') ?? '', 'http://localhost/')
    expect(href.hash).toBe('#L223')
    expect(Object.fromEntries(href.searchParams)).toEqual({
      report: 'huaian-gov-2024',
      compare: 'wuzhong-psb-2018',
    })

    const [wuzhongLawsuits, huaianLawsuits] = rowCells(table, '行政诉讼')
    expect(wuzhongLawsuits).toHaveTextContent('0 件')
    expect(wuzhongLawsuits).not.toHaveTextContent('计算值')
    expect(huaianLawsuits).toHaveTextContent('46 件计算值: 26 + 20')

    const received = rowCells(table, '收到申请数 ≈')
    expect(received[2]).toHaveTextContent('≈ 口径相近：旧表“收到申请数”与新表“本年新收')
    const proactive = rowCells(table, '主动公开政府信息数')
    expect(proactive[0]).toHaveTextContent('2475 条')
    expect(proactive[1]).toHaveTextContent('本表无此项2019 年起的统计表没有这一行')
  })

  it('shows where a clicked bar comes from', async () => {
    const { user } = renderAt(ComparePanel, { search: '?compare=huaian-gov-2024' })
    const panel = await screen.findByRole('region', { name: TITLE })
    const chart = await within(panel).findByRole('img', { name: /^分组柱状图：/ })
    // The first bar drawn: 淮安 2024's 收到申请数 (吴忠 2018's 0 draws no bar).
    await clickBar(user, chart, (bars) => bars[0])
    const selected = await within(panel).findByText('收到申请数 ≈', { selector: 'strong' })
    const box = selected.closest('.selected-figure') as HTMLElement
    expect(box).toHaveTextContent('淮安市人民政府 2024年: 3119 件')
    expect(within(box).getByRole('link', { name: '第126行' })).toHaveAttribute(
      'href',
      expect.stringMatching(/report=huaian-gov-2024.*#L126$/),
    )
  })

  it('puts the report chosen in the select into the URL', async () => {
    const { user } = renderAt(ComparePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(
      await within(panel).findByText('选择另一份报告，与本报告逐项并排比较。'),
    ).toBeInTheDocument()
    const select = within(panel).getByRole('combobox', { name: '对比' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      '选择一份报告',
      '平潭综合实验区 · 2016年 · 福建省统计表',
      '平潭综合实验区 · 2019年 · 2019 年试行版统计表',
      '平潭综合实验区 · 2020年 · 2019 年试行版统计表',
      '平潭综合实验区 · 2021年 · 2021 年版统计表',
      '平潭综合实验区 · 2022年 · 2021 年版统计表',
      '淮安市人民政府 · 2024年 · 2021 年版统计表',
      '平潭综合实验区 · 2025年 · 2021 年版统计表',
    ])
    await user.selectOptions(select, 'huaian-gov-2024')
    expect(compareParam()).toBe('huaian-gov-2024')
    expect(await within(panel).findByRole('img', { name: /^分组柱状图：/ })).toBeInTheDocument()
    await user.selectOptions(select, '')
    expect(compareParam()).toBeNull()
    expect(within(panel).queryByRole('img')).toBeNull()
  })

  it('says so when the URL names a report the dataset does not hold, and still works', async () => {
    const { user } = renderAt(ComparePanel, { search: '?compare=nowhere-2030' })
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(
      await within(panel).findByText(
        '地址中的对比报告“nowhere-2030”不在数据集中，请在上方另选一份。',
      ),
    ).toBeInTheDocument()
    const select = within(panel).getByRole('combobox', { name: '对比' })
    expect(select).toHaveValue('')
    await user.selectOptions(select, 'huaian-gov-2024')
    expect(await within(panel).findByRole('img', { name: /^分组柱状图：/ })).toBeInTheDocument()
    expect(within(panel).queryByText(/nowhere-2030/)).toBeNull()
  })

  it('fails for the compared report alone, and its retry loads it', async () => {
    server.use(
      http.get(
        '*/api/reports/huaian-gov-2024.json',
        () => new HttpResponse(null, { status: 500 }),
        {
          once: true,
        },
      ),
    )
    const { user } = renderAt(ComparePanel, { search: '?compare=huaian-gov-2024' })
    const panel = await screen.findByRole('region', { name: TITLE })
    const alert = await within(panel).findByRole('alert')
    expect(alert).toHaveTextContent('无法加载淮安市人民政府 2024年')
    expect(within(panel).getByRole('combobox', { name: '对比' })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('img', { name: /^分组柱状图：/ })).toBeInTheDocument()
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull())
  })

  it('reads in English', async () => {
    renderAt(ComparePanel, { search: '?compare=huaian-gov-2024', locale: 'en' })
    const panel = await screen.findByRole('region', { name: 'Compared with another report' })
    expect(await within(panel).findByRole('combobox', { name: 'Compare with' })).toHaveValue(
      'huaian-gov-2024',
    )
    expect(
      await within(panel).findByRole('img', {
        name: (name) =>
          name.includes(
            "Administrative lawsuits, Wuzhong Municipal Public Security Bureau 2018 0 cases, Huai'an",
          ),
      }),
    ).toBeInTheDocument()
  })
})
