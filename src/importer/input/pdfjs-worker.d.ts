// pdfjs-dist ships no types for its worker modules; pdf.ts only imports them for their effect
// (they set `globalThis.pdfjsWorker`, so that pdfjs runs in this thread).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs'
declare module 'pdfjs-dist/build/pdf.worker.mjs'
