/** Images of a drawn chart, for ChartHost's exports (PNG and SVG downloads). */

/** The prerendered SVG the box shows (the one in the page's theme), drawn at its own size. */
export function shownPrerender(element: HTMLElement | null): string | null {
  const shown = [...(element?.querySelectorAll(':scope > svg') ?? [])].find(
    (svg) => getComputedStyle(svg).display !== 'none',
  )
  if (!shown) return null
  const copy = shown.cloneNode(true) as SVGSVGElement
  const [, , width, height] = copy.getAttribute('viewBox')?.split(' ') ?? []
  for (const name of ['class', 'data-option-key', 'aria-hidden', 'focusable']) {
    copy.removeAttribute(name)
  }
  copy.setAttribute('width', width ?? '100%')
  copy.setAttribute('height', height ?? '100%')
  return copy.outerHTML
}

/** Draws the SVG on a canvas at twice its size, on the page's background, and encodes a PNG. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  background: string,
): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width * 2
    canvas.height = height * 2
    const context = canvas.getContext('2d')
    if (!context) return null
    context.fillStyle = background || '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise((done) => canvas.toBlob(done, 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}
