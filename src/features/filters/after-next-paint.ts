/**
 * Runs `work` once, after the browser has painted the next frame: a requestAnimationFrame callback
 * runs just before a frame is painted, and a task queued from it runs after. Input answered this
 * way shows its own change (a pressed button) at once and does the rest one frame later. A hidden
 * or occluded tab paints no frame: then the work runs after a short wait instead.
 */
export function afterNextPaint(work: () => void) {
  let done = false
  const once = () => {
    if (done) return
    done = true
    work()
  }
  const hidden =
    typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden'
  if (!hidden) requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, hidden ? 0 : 500)
}
