/**
 * `readDocument`: the bytes of a file in, a `Document` (document.ts) out, or the reason the file
 * cannot be read. Everything is detected from the content, never from a file name:
 *
 * 1. sniff.ts: too large (> 50 MB, refused before decoding), empty, an image, an archive (ZIP,
 *    which .docx and .xlsx are, gzip, 7z, RAR), an old Office file, or a PDF (pdf.ts; pdfjs-dist is
 *    loaded only then).
 * 2. decode.ts: BOM, UTF-16 NUL pattern, HTML `<meta charset>`, then the content (UTF-8, else
 *    GB18030); NUL bytes or control characters are refused as binary.
 * 3. The text is a web page (html.ts), HTML inside a JavaScript string (js-string.ts), or plain
 *    text (text.ts).
 *
 * No Node APIs: the same code runs in the CLI and in a browser Web Worker.
 */
import { decode } from './decode.ts'
import { detectShape } from './detect.ts'
import type { DocumentResult } from './document.ts'
import { readHtml, readScriptHtml } from './html.ts'
import { sniff } from './sniff.ts'
import { readText } from './text.ts'

export async function readDocument(bytes: Uint8Array): Promise<DocumentResult> {
  const sniffed = sniff(bytes)
  if (sniffed?.kind === 'unreadable') return { ok: false, error: sniffed.error }
  if (sniffed?.kind === 'pdf') {
    const { readPdf } = await import('./pdf.ts')
    return readPdf(bytes)
  }
  const decoded = decode(bytes)
  if (!decoded.ok) return { ok: false, error: decoded.error }
  const { text, decoding, notes } = decoded
  const shape = detectShape(text)
  const document =
    shape.kind === 'html'
      ? readHtml(text, decoding, notes)
      : shape.kind === 'script'
        ? readScriptHtml(shape.html, decoding, notes)
        : readText(text, decoding, notes)
  return { ok: true, document }
}
