import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { EMBED_CHARTS } from '#src/catalogue/charts.ts'
import { embedSnippet } from '#src/features/embed-code/snippet.ts'
import { Gallery } from '#src/gallery/gallery.tsx'
import { stubClipboard } from '../features/embed-code/browser-stubs.ts'

function renderGallery(url: string) {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  return { user, ...render(<Gallery />) }
}

const siteRoot = () => new URL('.', document.baseURI).href

describe('the embed gallery', () => {
  it('lists every embeddable chart with both titles, a preview and its snippet', () => {
    renderGallery('/gallery.html')
    expect(screen.getByRole('heading', { level: 1, name: '嵌入图表库' })).toBeInTheDocument()
    const cards = within(screen.getByRole('list', { name: '可嵌入的图表' })).getAllByRole('article')
    expect(cards).toHaveLength(EMBED_CHARTS.length)
    for (const chart of EMBED_CHARTS) {
      const card = screen.getByRole('article', { name: chart.title.zh })
      expect(within(card).getByText(chart.title.en)).toHaveAttribute('lang', 'en')
      const preview = within(card).getByTitle(`预览：${chart.title.zh}`)
      expect(preview).toHaveAttribute('src', `embed/${chart.id}.html`)
      expect(preview).toHaveAttribute('loading', 'lazy')
      expect(preview).toHaveAttribute('data-gk-embed')
      expect(within(card).getByRole('textbox', { name: '嵌入代码' })).toHaveValue(
        embedSnippet(chart, siteRoot(), { locale: 'zh', theme: 'system' }),
      )
      expect(within(card).getByRole('button', { name: '复制' })).toBeInTheDocument()
    }
  })

  it('links to the catalogue and back to the dashboard', () => {
    renderGallery('/gallery.html')
    expect(screen.getByRole('link', { name: '图表目录（embeds.json）' })).toHaveAttribute(
      'href',
      'embeds.json',
    )
    expect(screen.getByRole('link', { name: '返回看板' })).toHaveAttribute('href', 'index.html')
    expect(screen.getByRole('link', { name: /切换到英文/ })).toHaveAttribute(
      'href',
      'gallery.html?lang=en',
    )
  })

  it('is in English with ?lang=en, snippets and previews included', () => {
    renderGallery('/gallery.html?lang=en')
    expect(screen.getByRole('heading', { level: 1, name: 'Embed gallery' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    const [chart] = EMBED_CHARTS
    if (!chart) throw new Error('no embeddable chart')
    const card = screen.getByRole('article', { name: chart.title.en })
    expect(within(card).getByText(chart.title.zh)).toHaveAttribute('lang', 'zh-CN')
    expect(within(card).getByTitle(`Preview: ${chart.title.en}`)).toHaveAttribute(
      'src',
      `embed/${chart.id}.html?lang=en`,
    )
    expect(within(card).getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      embedSnippet(chart, siteRoot(), { locale: 'en', theme: 'system' }),
    )
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute(
      'href',
      'index.html?lang=en',
    )
  })

  it('copies a chart’s snippet, and its preview follows the chosen options', async () => {
    const { user } = renderGallery('/gallery.html')
    const writeText = vi.fn((_text: string) => Promise.resolve())
    stubClipboard(writeText)
    const card = screen.getByRole('article', { name: '政府信息公开工作人员' })
    await user.selectOptions(within(card).getByRole('combobox', { name: '配色' }), '深色')
    expect(within(card).getByTitle('预览：政府信息公开工作人员')).toHaveAttribute(
      'src',
      'embed/staff.html?theme=dark',
    )
    await user.click(within(card).getByRole('button', { name: '复制' }))
    expect(writeText).toHaveBeenCalledWith(
      within(card).getByRole<HTMLTextAreaElement>('textbox', { name: '嵌入代码' }).value,
    )
    expect(within(card).getByRole('status')).toHaveTextContent('已复制')
  })
})
