import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { type FileImportOptions, importFile } from '../src/importer/import-file.ts'

/** One file of a batch import, in its own thread: `import-report.ts` hands out the files. */
export type Job = { file: string; options: FileImportOptions }

parentPort?.on('message', async (job: Job) => {
  const started = performance.now()
  const outcome = await importFile(job.file, new Uint8Array(readFileSync(job.file)), job.options)
  parentPort?.postMessage({
    file: job.file,
    ms: performance.now() - started,
    outcome: { ...outcome, document: null },
  })
})
