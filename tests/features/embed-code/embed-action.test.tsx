import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { findPanel, renderApp } from '../../app/render-app.tsx'
import { stubClipboard, stubDialogMethods } from './browser-stubs.ts'

stubDialogMethods()

const region = findPanel

/** The `src` of the snippet's iframe, as a URL. */
function frameSource(snippet: string): URL {
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]
  if (!src) throw new Error(`no iframe in ${snippet}`)
  return new URL(src.replaceAll('&amp;', '&'))
}

async function openEmbedDialog(url: string, panelName: string, buttonName: RegExp) {
  const rendered = renderApp(url)
  const panel = await region(panelName)
  const button = within(panel).getByRole('button', { name: buttonName })
  await rendered.user.click(button)
  const dialog = screen.getByRole('dialog')
  const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
    name: /嵌入代码|Embed code/,
  })
  return { ...rendered, button, dialog, code }
}

describe('the embed action of a dashboard panel', () => {
  it('appears on a panel with a chart to embed, not on the applications panel', async () => {
    renderApp()
    const channels = await region('主动公开渠道分布')
    expect(
      within(channels).getByRole('button', { name: '嵌入图表“主动公开渠道分布”' }),
    ).toHaveTextContent('嵌入')
    const applications = await region('依申请公开')
    expect(within(applications).queryByRole('button', { name: /嵌入/ })).toBeNull()
  })

  it('shows the snippet of the chart in the dashboard’s language and theme', async () => {
    const { dialog, code } = await openEmbedDialog(
      '/?lang=en&theme=dark',
      'Proactive disclosure by channel',
      /Embed/,
    )
    expect(dialog).toHaveAccessibleName('Embed the chart: Proactive disclosure by channel')
    const src = frameSource(code.value)
    expect(src.href).toBe(
      new URL('embed/channel-split.html?lang=en&theme=dark', document.baseURI).href,
    )
    expect(code.value).toContain('title="Proactive disclosure by channel"')
    expect(code.value).toContain(`<script src="${new URL('embed.js', document.baseURI).href}"`)
  })

  it('leaves out lang and theme for a Chinese dashboard that follows the system theme', async () => {
    const { code } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    expect(frameSource(code.value).href).toBe(
      new URL('embed/channel-split.html', document.baseURI).href,
    )
  })

  it('switches the snippet’s language, theme and title', async () => {
    const { user, dialog, code } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    await user.click(within(dialog).getByRole('radio', { name: 'English' }))
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '配色' }), '深色')
    await user.click(within(dialog).getByRole('checkbox', { name: '显示标题' }))
    const src = frameSource(code.value)
    expect(src.searchParams.get('lang')).toBe('en')
    expect(src.searchParams.get('theme')).toBe('dark')
    expect(src.searchParams.get('title')).toBe('0')
    expect(code.value).toContain('title="Proactive disclosure by channel"')
  })

  it('copies exactly the snippet and says so', async () => {
    const { user, dialog, code } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    const writeText = vi.fn((_text: string) => Promise.resolve())
    stubClipboard(writeText)
    await user.click(within(dialog).getByRole('button', { name: '复制' }))
    expect(writeText).toHaveBeenCalledWith(code.value)
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^<iframe src=".*<\/script>$/s)
    expect(within(dialog).getByRole('status')).toHaveTextContent('已复制')
  })

  it('says how to copy by hand when the clipboard fails, with the code selected', async () => {
    const { user, dialog, code } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    await user.click(within(dialog).getByRole('button', { name: '复制' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      '无法使用剪贴板。代码已选中，请手动复制',
    )
    expect(code).toHaveFocus()
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length])
  })

  it('closes on Escape and gives focus back to the button', async () => {
    const { user, button } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()
  })

  it('closes with its close button and gives focus back too', async () => {
    const { user, button, dialog } = await openEmbedDialog('/', '主动公开渠道分布', /嵌入/)
    await user.click(within(dialog).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()
  })
})
