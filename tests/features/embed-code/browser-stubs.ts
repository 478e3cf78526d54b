import { afterEach, beforeEach } from 'vitest'

/**
 * jsdom has no HTMLDialogElement.showModal/close: these behave as a browser's do for the dialog
 * (open attribute, close event), so the component's browser path is the one under test.
 */
export function stubDialogMethods() {
  beforeEach(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '')
    }
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open')
      this.dispatchEvent(new Event('close'))
    }
  })
  afterEach(() => {
    Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal')
    Reflect.deleteProperty(HTMLDialogElement.prototype, 'close')
  })
}

/** Replaces navigator.clipboard (after userEvent.setup(), which installs its own). */
export function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(window.navigator, 'clipboard', {
    configurable: true,
    value: { writeText },
  })
}
