import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DataChecks } from '#src/features/checks/components/data-checks.tsx'
import { loadReport, withValue } from '../../fixtures/report.ts'

const row = (name: string | RegExp) => screen.getByRole('row', { name })

describe('the data checks view', () => {
  it('sums up the rules of the 2018 report: all pass but the 5014余 / 5014 warning', () => {
    render(<DataChecks report={loadReport()} locale="zh" />)
    expect(
      screen.getByText('共 26 项核验：25 项通过，1 项提示，0 项不通过，0 项无法核验。'),
    ).toBeInTheDocument()
    const licensing = row(/行政许可/)
    expect(within(licensing).getByText('! 提示')).toBeInTheDocument()
    expect(licensing).toHaveTextContent('“5014 余” / “5014”')
  })

  it('shows the figures a rule compares, with links to their lines', () => {
    render(<DataChecks report={loadReport()} locale="zh" />)
    const channels = screen
      .getAllByRole('row')
      .find((r) => r.dataset.rule === 'proactive.channels-sum')
    if (!channels) throw new Error('no channel rule row')
    expect(within(channels).getByText('✓ 通过')).toBeInTheDocument()
    expect(channels).toHaveTextContent('0 + 252 + 1356 + 837 + 30 = 2475 = 2475')
    expect(within(channels).getAllByRole('link').length).toBe(6)
  })

  it('flags a deliberately broken dataset', () => {
    render(
      <DataChecks report={withValue(loadReport(), 'proactive.channel.wechat', 800)} locale="en" />,
    )
    expect(
      screen.getByText('26 checks — pass: 23, warning: 1, fail: 2, not checked: 0.'),
    ).toBeInTheDocument()
    const channels = screen
      .getAllByRole('row')
      .find((r) => r.dataset.rule === 'proactive.channels-sum')
    expect(channels).toHaveTextContent('✗ Fail')
    expect(channels).toHaveTextContent('0 + 252 + 1356 + 800 + 30 = 2438 ≠ 2475')
  })

  it('lists the figures the report leaves blank as not reported', () => {
    render(<DataChecks report={loadReport()} locale="zh" />)
    const blanks = screen.getByRole('heading', { name: '报告未填报的数字' }).nextElementSibling
      ?.nextElementSibling as HTMLElement
    expect(
      within(blanks)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['政府信息公开专项经费 — 未报告 第152行'])
  })
})
