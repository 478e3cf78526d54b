import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHART_PALETTES } from '#src/components/chart/chart-theme.ts'
import { chartFigures } from '#src/components/chart/describe-chart.ts'
import { buildChannelSplitOption } from '#src/features/proactive/channel-split-option.ts'
import { ChannelSplitPanel } from '#src/features/proactive/channel-split-panel.tsx'
import { categoryFigures } from '../fixtures/figures.ts'
import { renderPanel } from '../fixtures/render-panel.tsx'

/** Captures what the page saves: the blob and the file name of the temporary link. */
function captureDownloads() {
  const saved: { blob: Blob; name: string }[] = []
  let last: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) saved.push({ blob: last, name: this.download })
  })
  return saved
}

function onlyFile(saved: { blob: Blob; name: string }[]) {
  const [file] = saved
  if (!file || saved.length !== 1) throw new Error(`expected one saved file, got ${saved.length}`)
  return file
}

afterEach(() => {
  vi.restoreAllMocks()
})

const panel = () => screen.findByRole('region', { name: '主动公开渠道分布' })

describe('chart tools', () => {
  it('shows the chart’s figures as a table with the same values and their sources', async () => {
    const { user } = renderPanel(ChannelSplitPanel)
    await user.click(await within(await panel()).findByRole('button', { name: '表格' }))
    const table = within(await panel()).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    const option = buildChannelSplitOption({
      figures: categoryFigures('proactive'),
      locale: 'zh',
      palette: CHART_PALETTES.light,
    })
    const drawn = chartFigures(option, categoryFigures('proactive'))
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(
      drawn.map((figure) => `${figure.value} 条`),
    )
    expect(rows[1]).toHaveTextContent('政务微博公开政府信息数')
    expect(within(rows[1] as HTMLElement).getByRole('link')).toHaveTextContent('统计表 · 第95行')
    expect(rows.every((row) => within(row).queryByRole('link') !== null)).toBe(true)
  })

  it('downloads a CSV that Excel opens: BOM, header with units, the report’s values, a named file', async () => {
    const saved = captureDownloads()
    const { user } = renderPanel(ChannelSplitPanel)
    await user.click(await within(await panel()).findByRole('button', { name: 'CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const file = onlyFile(saved)
    expect(file.name).toBe('wuzhong-psb-2018_主动公开渠道分布_zh.csv')
    const bytes = new Uint8Array(await file.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n')
    expect(lines[0]).toBe('指标,数值,单位,约数,计算方法,来源,来源行,原文')
    expect(lines[2]).toMatch(
      /^政务微博公开政府信息数,1356,条,,,统计表,95,3\. 政务微博公开政府信息数\t条\t1356$/,
    )
  })

  it('saves the chart as SVG, as drawn', async () => {
    const saved = captureDownloads()
    const { user } = renderPanel(ChannelSplitPanel, 'en')
    const region = await screen.findByRole('region', { name: 'Proactive disclosure by channel' })
    const chart = await within(region).findByRole('img')
    await waitFor(() => expect(chart.getAttribute('data-drawn')).toBe('true'))
    await user.click(within(region).getByRole('button', { name: 'SVG' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const file = onlyFile(saved)
    expect(file.name).toBe('wuzhong-psb-2018_Proactive-disclosure-by-channel_en.svg')
    const svg = await file.blob.text()
    expect(svg).toMatch(/^<svg/)
    expect(svg).toContain('1,356')
  })
})
