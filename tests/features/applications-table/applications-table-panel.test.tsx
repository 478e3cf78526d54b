import { render, screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApplicationsMatrix } from '#src/features/applications-table/applications-matrix.tsx'
import {
  APPLICATIONS_TABLE_PANEL_IDS,
  ApplicationsTablePanel,
} from '#src/features/applications-table/applications-table-panel.tsx'
import { server } from '../../../mocks/node.ts'
import { failOnce } from '../../fixtures/endpoints.ts'
import {
  HUAIAN_ID,
  huaianFigures,
  huaianReport,
  renderHuaianPanel,
  serveHuaianChanged,
} from './huaian.tsx'

const TITLE = '收到和处理政府信息公开申请情况（统计表）'
const CAPTION = '三、收到和处理政府信息公开申请情况（单位：件）'

/** The rows that hold figures: a row header and eight cells (seven columns and the source). */
const figureRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length === 8)

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the applications table as a matrix', () => {
  it('shows the 25 rows × 7 applicant columns with the report’s figures and source lines', () => {
    const report = huaianReport()
    render(
      <ApplicationsMatrix
        figures={huaianFigures('applications')}
        headings={report.tableHeadings}
        locale="zh"
      />,
    )
    const table = screen.getByRole('table', { name: CAPTION })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      '统计指标',
      '自然人',
      '法人或其他组织',
      '总计',
      '来源',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ])
    const rows = figureRows(table)
    expect(rows).toHaveLength(25)

    const first = rows[0] as HTMLElement
    expect(within(first).getByRole('rowheader')).toHaveTextContent(
      '一、本年新收政府信息公开申请数量',
    )
    expect(cellTexts(first)).toEqual(['3001', '53', '0', '0', '61', '4', '3119', '第126行'])
    expect(within(first).getByRole('link', { name: '第126行' })).toHaveAttribute('href', '#L126')
    expect(within(first).getAllByRole('cell')[1]).toHaveAttribute(
      'title',
      '本年新收政府信息公开申请数量：商业企业 · 第126行',
    )

    const secret = within(table).getByRole('row', { name: /属于国家秘密/ })
    expect(cellTexts(secret)).toEqual(['2', '0', '0', '0', '0', '0', '2', '第137行'])
    const total = within(table).getByRole('row', { name: /\(七\) 总计/ })
    expect(cellTexts(total)).toEqual(['2932', '53', '0', '0', '61', '4', '3050', '第197行'])
    const last = rows.at(-1) as HTMLElement
    expect(within(last).getByRole('rowheader')).toHaveTextContent('四、结转下年度继续办理')
    expect(cellTexts(last)).toEqual(['103', '0', '0', '0', '0', '0', '103', '第200行'])

    // Group rows name the rows under them, as the report's table does.
    expect(within(table).getByRole('rowheader', { name: '(三) 不予公开' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader', { name: '三、本年度办理结果' })).toBeInTheDocument()
  })

  it('is a focusable box that scrolls sideways, named by its caption', () => {
    render(
      <ApplicationsMatrix
        figures={huaianFigures('applications')}
        headings={huaianReport().tableHeadings}
        locale="zh"
      />,
    )
    const box = screen.getByRole('region', { name: CAPTION })
    expect(box).toHaveAttribute('tabindex', '0')
    expect(box).toHaveClass('table-scroll')
    // On a narrow screen (applications-table.css) a line says so before the table.
    expect(box.previousElementSibling).toHaveTextContent('左右滑动可查看全部列')
  })

  it('shows a blank cell as 未报告 / Not reported, never 0', () => {
    const figures = huaianFigures('applications', { 'applications.new.business': null })
    const { unmount } = render(<ApplicationsMatrix figures={figures} headings={[]} locale="zh" />)
    const row = screen.getByRole('row', { name: /本年新收政府信息公开申请数量/ })
    expect(cellTexts(row)).toEqual(['3001', '未报告', '0', '0', '61', '4', '3119', '第126行'])
    expect(within(row).getByText('未报告')).toHaveClass('is-missing')
    unmount()

    render(<ApplicationsMatrix figures={figures} headings={[]} locale="en" />)
    const en = screen.getByRole('row', { name: /New applications this year/ })
    expect(cellTexts(en)).toEqual([
      '3,001',
      'Not reported',
      '0',
      '0',
      '61',
      '4',
      '3,119',
      'line 126',
    ])
    expect(screen.getByRole('table')).toHaveAccessibleName(
      // The row codes stay as the table prints them, in both languages.
      'III. Applications received and handled (cases)',
    )
    expect(screen.getByRole('columnheader', { name: 'Legal service institutions' })).toBeVisible()
  })
})

describe('the applications table panel', () => {
  it('loads the Huai’an report’s table with the report’s group headings', async () => {
    renderHuaianPanel(ApplicationsTablePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const table = await within(panel).findByRole('table', { name: CAPTION })
    expect(figureRows(table)).toHaveLength(25)
    expect(within(table).getByRole('rowheader', { name: '(六) 其他处理' })).toBeInTheDocument()
    expect(within(panel).getByText(/不作 0 处理/)).toBeInTheDocument()
  })

  it('names the group rows as the report’s tableHeadings do', async () => {
    const report = huaianReport()
    const headings = report.tableHeadings.map((heading) =>
      heading.id === 'table.applications.refused'
        ? { ...heading, label: { zh: '不予公开（本报告用语）', en: 'Withheld' } }
        : heading,
    )
    server.use(
      http.get(`*/api/reports/${HUAIAN_ID}.json`, () =>
        HttpResponse.json({ ...report, tableHeadings: headings }),
      ),
    )
    renderHuaianPanel(ApplicationsTablePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(
      await within(panel).findByRole('rowheader', { name: '(三) 不予公开（本报告用语）' }),
    ).toBeInTheDocument()
  })

  it('shows a figure the report leaves blank as 未报告', async () => {
    server.use(serveHuaianChanged('applications', { 'applications.granted.legal-services': null }))
    renderHuaianPanel(ApplicationsTablePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    const row = await within(panel).findByRole('row', { name: /\(一\) 予以公开/ })
    expect(cellTexts(row)).toEqual(['1288', '21', '0', '0', '未报告', '3', '1362', '第130行'])
  })

  it('downloads every figure of the table as CSV', async () => {
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
    const { user } = renderHuaianPanel(ApplicationsTablePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    await user.click(await within(panel).findByRole('button', { name: 'CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const [file] = saved
    expect(file?.name).toBe(`${HUAIAN_ID}_收到和处理政府信息公开申请情况-统计表_zh.csv`)
    const text = new TextDecoder().decode(await file?.blob.arrayBuffer())
    const lines = text.split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(1 + 175)
    expect(lines[1]).toMatch(/^本年新收政府信息公开申请数量：自然人,3001,件,/)
  })

  it('offers a retry when its endpoint fails', async () => {
    server.use(failOnce('applications'))
    const { user } = renderHuaianPanel(ApplicationsTablePanel)
    const panel = await screen.findByRole('region', { name: TITLE })
    expect(await within(panel).findByRole('alert')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: '重试' }))
    expect(await within(panel).findByRole('table', { name: CAPTION })).toBeInTheDocument()
  })

  it('names the figures whose presence makes the panel apply', () => {
    const ids = new Set(huaianReport().metrics.map((metric) => metric.id))
    expect(APPLICATIONS_TABLE_PANEL_IDS.every((id) => ids.has(id))).toBe(true)
  })
})
