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
 * Calls `start` once the reader points at, touches or focuses `element`; a click on it is handed
 * to `clicked` with the element it landed on (and `start` is called too). Returns a function that
 * stops listening.
 */
export function whenWanted(
  element: HTMLElement,
  start: () => void,
  clicked: (target: Element) => void,
): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element) clicked(event.target)
  }
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
