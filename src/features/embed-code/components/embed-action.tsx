import { type KeyboardEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react'
import type { EmbedChart } from '#src/components/panel/chart-description.ts'
import type { Locale } from '#src/lib/locale.ts'
import type { ThemeChoice } from '#src/lib/view-params.ts'
import { embedCodeLabel } from '../labels.ts'
import { EmbedCode, type EmbedOptions } from './embed-code.tsx'

type Props = { chart: EmbedChart; locale: Locale; theme: ThemeChoice }

/** The "嵌入" button of a dashboard panel and its dialog with the chart's embed code. */
export function EmbedAction({ chart, locale, theme }: Props) {
  const headingId = useId()
  const trigger = useRef<HTMLButtonElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  // The snippet starts in the dashboard's current language and theme each time it opens.
  const [options, setOptions] = useState<EmbedOptions | null>(null)
  const isOpen = options !== null
  const title = chart.title[locale]

  useEffect(() => {
    const element = dialog.current
    if (!isOpen || !element || element.open) return
    // Without showModal (old browsers) the dialog opens in place, still reachable by keyboard.
    if (typeof element.showModal === 'function') element.showModal()
    else element.setAttribute('open', '')
    element.querySelector<HTMLButtonElement>('.embed-code-copy')?.focus()
  }, [isOpen])

  function closed() {
    setOptions(null)
    trigger.current?.focus()
  }

  function close() {
    const element = dialog.current
    // close() fires the dialog's close event, which calls closed().
    if (element?.open && typeof element.close === 'function') element.close()
    else closed()
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  }

  // A click on the backdrop lands on the dialog element itself, outside its content box.
  function onClick(event: MouseEvent) {
    if (event.target === event.currentTarget) close()
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="embed-action"
        aria-haspopup="dialog"
        aria-label={embedCodeLabel('embedChart', locale, { title })}
        onClick={() => setOptions({ locale, theme, title: true })}
      >
        {embedCodeLabel('embed', locale)}
      </button>
      {options && (
        <dialog
          ref={dialog}
          className="embed-dialog"
          aria-labelledby={headingId}
          onClose={closed}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          <div className="embed-dialog-content">
            <div className="embed-dialog-header">
              <h2 id={headingId}>{embedCodeLabel('dialogTitle', locale, { title })}</h2>
              <button type="button" className="embed-dialog-close" onClick={close}>
                {embedCodeLabel('close', locale)}
              </button>
            </div>
            <p className="embed-dialog-intro">{embedCodeLabel('dialogIntro', locale)}</p>
            <EmbedCode
              chart={chart}
              locale={locale}
              options={options}
              onOptionsChange={setOptions}
            />
          </div>
        </dialog>
      )}
    </>
  )
}
