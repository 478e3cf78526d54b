/**
 * When ChartHost's ECharts work runs. Drawing nine charts in one task would block input for that
 * long, so inits run one per task. A prerendered chart is on screen already: ECharts takes it over
 * when the reader reaches for it (see ChartHost), and is loaded once the reader does anything on
 * the page, so that it is ready by then.
 */

const pending: (() => void)[] = []

/** Runs `draw` in a task of its own, after the draws queued before it. */
export function drawInTurn(draw: () => void) {
  pending.push(draw)
  if (pending.length === 1) setTimeout(drawNext, 0)
}

function drawNext() {
  try {
    pending[0]?.()
  } finally {
    pending.shift()
    if (pending.length > 0) setTimeout(drawNext, 0)
  }
}

/** What says the reader is about to use a chart: pointing at it, touching it, tabbing into it. */
const INTENT_EVENTS = ['pointerenter', 'touchstart', 'focusin'] as const

/** What says a reader is on the page at all. */
const PAGE_INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'scroll'] as const

/**
 * Calls `start` once the reader points at, touches or focuses `element`; a click on it before that
 * is handed to `clicked` (with `start` called too), to be replayed on the chart ECharts draws.
 * Returns a function that stops listening.
 */
export function whenWanted(
  element: HTMLElement,
  start: () => void,
  clicked: (point: { x: number; y: number }) => void,
): () => void {
  const onClick = (event: MouseEvent) => clicked({ x: event.clientX, y: event.clientY })
  for (const type of INTENT_EVENTS) element.addEventListener(type, start, { passive: true })
  element.addEventListener('click', onClick)
  return () => {
    for (const type of INTENT_EVENTS) element.removeEventListener(type, start)
    element.removeEventListener('click', onClick)
  }
}

let prepared = false

/** Calls `prepare` once, at the reader's first input anywhere on the page. */
export function onFirstInput(prepare: () => void) {
  if (prepared) return
  prepared = true
  const once = () => {
    for (const type of PAGE_INPUT_EVENTS) window.removeEventListener(type, once, true)
    prepare()
  }
  for (const type of PAGE_INPUT_EVENTS) {
    window.addEventListener(type, once, { capture: true, passive: true })
  }
}

/**
 * Replays a click at `point` on what is drawn there now (the chart ECharts has just drawn in place
 * of the prerendered one): pointer and mouse down and up, then click, as zrender expects.
 */
export function replayClick(container: HTMLElement, point: { x: number; y: number }) {
  const target = document.elementFromPoint(point.x, point.y)
  if (!target || !container.contains(target)) return
  const init = { bubbles: true, cancelable: true, clientX: point.x, clientY: point.y, view: window }
  const pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent
  target.dispatchEvent(new pointer('pointerdown', { ...init, isPrimary: true }))
  target.dispatchEvent(new MouseEvent('mousedown', init))
  target.dispatchEvent(new pointer('pointerup', { ...init, isPrimary: true }))
  target.dispatchEvent(new MouseEvent('mouseup', init))
  target.dispatchEvent(new MouseEvent('click', init))
}
