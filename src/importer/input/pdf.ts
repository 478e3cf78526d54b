/** PDFs (work in progress: the reader lands in the next step). */
import type { DocumentResult } from './document.ts'

export async function readPdf(_bytes: Uint8Array): Promise<DocumentResult> {
  return {
    ok: false,
    error: {
      code: 'pdf-unreadable',
      message:
        'This file is a PDF, and the importer cannot read PDFs yet. Import the web page or text of the report.',
    },
  }
}
