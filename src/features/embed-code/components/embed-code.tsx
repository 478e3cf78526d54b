import { useId, useRef, useState } from 'react'
import type { EmbedChart } from '#src/components/panel/chart-description.ts'
import { LANGUAGE_TAG, LOCALES, type Locale } from '#src/lib/locale.ts'
import { parseTheme, type ThemeChoice } from '#src/lib/view-params.ts'
import { embedCodeLabel } from '../labels.ts'
import { embedSnippet } from '../snippet.ts'
import '../embed-code.css'

export type EmbedOptions = { locale: Locale; theme: ThemeChoice; title: boolean }

const LANGUAGE_NAMES: Record<Locale, string> = { zh: '中文', en: 'English' }
const THEME_CHOICES = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
] as const

/** The site root the snippet points at: the folder of the page showing it. */
export const currentSiteRoot = () => new URL('.', document.baseURI).href

type Props = {
  chart: EmbedChart
  /** The language of the interface, not of the snippet. */
  locale: Locale
  options: EmbedOptions
  onOptionsChange: (next: EmbedOptions) => void
}

/** The ready-to-paste snippet of one chart, its options and a copy button. */
export function EmbedCode({ chart, locale, options, onOptionsChange }: Props) {
  const id = useId()
  const code = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<{ snippet: string; ok: boolean } | null>(null)
  const snippet = embedSnippet(chart, currentSiteRoot(), options)
  const label = (key: Parameters<typeof embedCodeLabel>[0]) => embedCodeLabel(key, locale)

  async function copy() {
    try {
      // navigator.clipboard is missing outside secure contexts (plain http on a portal).
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(snippet)
      setCopied({ snippet, ok: true })
    } catch {
      setCopied({ snippet, ok: false })
      code.current?.focus()
      code.current?.select()
    }
  }

  return (
    <div className="embed-code">
      <fieldset className="embed-code-options">
        <legend>{label('options')}</legend>
        <fieldset className="embed-code-language">
          <legend>{label('language')}</legend>
          {LOCALES.map((value) => (
            <label key={value} lang={LANGUAGE_TAG[value]}>
              <input
                type="radio"
                name={`${id}-lang`}
                value={value}
                checked={options.locale === value}
                onChange={() => onOptionsChange({ ...options, locale: value })}
              />
              {LANGUAGE_NAMES[value]}
            </label>
          ))}
        </fieldset>
        <label>
          {label('theme')}{' '}
          <select
            value={options.theme}
            onChange={(event) =>
              onOptionsChange({ ...options, theme: parseTheme(event.target.value) })
            }
          >
            {THEME_CHOICES.map(([value, key]) => (
              <option key={value} value={value}>
                {label(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.title}
            onChange={(event) => onOptionsChange({ ...options, title: event.target.checked })}
          />
          {label('showTitle')}
        </label>
      </fieldset>
      <label className="embed-code-label" htmlFor={`${id}-code`}>
        {label('snippet')}
      </label>
      <textarea
        ref={code}
        id={`${id}-code`}
        className="embed-code-snippet"
        readOnly
        rows={4}
        spellCheck={false}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-code-actions">
        <button type="button" className="embed-code-copy" onClick={() => void copy()}>
          {label('copy')}
        </button>
        <p className={copied?.ok === false ? 'embed-code-failed' : undefined} role="status">
          {copied?.ok === false
            ? label('copyFailed')
            : copied?.snippet === snippet
              ? label('copied')
              : ''}
        </p>
      </div>
    </div>
  )
}
