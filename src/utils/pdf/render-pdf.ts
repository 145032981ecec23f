import type { Worker } from "worker_threads"
import { PdfRenderError, PdfRenderTimeoutError } from "./errors"
import {
  isPdfDocumentName,
  UnknownPdfDocumentError,
  type PdfDocumentData,
  type PdfDocumentName,
} from "./registry"
import { startRenderWorker } from "./start-worker"
import type { RenderReply, RenderRequest } from "./worker-protocol"

/**
 * renderPdf(): renders a registered document to PDF bytes in a worker thread.
 *
 * Why a worker: react-pdf's layout is synchronous CPU work (tens of ms for a
 * short receipt, 0.5-1 s for 200 rows on a 2-core machine: see
 * bench/receipt-render.bench.js). On the request's event loop that would
 * stall every other request of the server for that long.
 *
 * One long-lived worker serves the whole process:
 * - started on the first render (loading React and react-pdf costs a few
 *   hundred ms once, not per document);
 * - ref()'d while it has work, unref()'d when idle, so an idle worker never
 *   keeps a process (a CLI command, a jest run) alive;
 * - fed one request at a time from a FIFO queue here, so a render is not
 *   slowed by others interleaved with it, and a request that times out can
 *   be stopped by terminating the thread without failing the others;
 * - replaced by a new one on the next request if it crashes or is
 *   terminated after a timeout.
 *
 * Why not a pool library (piscina 5.3.2 was weighed for issue 12): it would
 * take over starting, replacing and feeding the thread (the ~90 lines of
 * pump/ensureWorker/onWorkerGone below), but not the rest: a timeout that
 * counts queueing (an AbortSignal per call, its AbortError mapped to
 * PdfRenderTimeoutError), the error mapping (a thrown error crosses threads
 * by structured clone, which turns a custom name such as
 * UnknownPdfDocumentError into "Error", so the worker must still reply with
 * errors as data), the TypeScript bootstrap (piscina loads a module file, so
 * an eval'd bootstrap would become a separate .js file) and the diagnostics
 * tests rely on. Its defaults (1.5 threads per core, each with its own React,
 * react-pdf and fonts) would have to be set back to one thread. The main
 * thread's event loop behaves the same either way: one message out and one
 * back per render. So the hand-written queue stays.
 */

export const DEFAULT_PDF_RENDER_TIMEOUT_MS = 30_000
const MAX_TIMER_MS = 2_147_483_647

export type RenderPdfOptions = {
  /**
   * How long the caller waits, queueing included, before the promise rejects
   * with PdfRenderTimeoutError (and a render still running is stopped).
   */
  timeoutMs?: number
}

type Job = {
  id: number
  document: PdfDocumentName
  data: unknown
  timeoutMs: number
  timer: NodeJS.Timeout
  resolve: (pdf: Buffer) => void
  reject: (error: Error) => void
}

class PdfRenderer {
  private worker: Worker | null = null
  private queue: Job[] = []
  private running: Job | null = null
  private nextId = 1
  private workersStarted = 0
  private workerHeapUsedBytes: number | null = null

  render(document: PdfDocumentName, data: unknown, timeoutMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const id = this.nextId++
      const job: Job = {
        id,
        document,
        data,
        timeoutMs,
        resolve,
        reject,
        // unref(): a pending timeout alone must not keep the process alive
        // (the busy worker does, while there is work).
        timer: setTimeout(() => this.onTimeout(job), timeoutMs).unref(),
      }
      this.queue.push(job)
      this.pump()
    })
  }

  info() {
    return {
      worker_thread_id: this.worker?.threadId ?? null,
      busy: this.running !== null,
      queued: this.queue.length,
      workers_started: this.workersStarted,
      /** The current worker's heap after its last render (null before one). */
      worker_heap_used_bytes: this.workerHeapUsedBytes,
    }
  }

  currentWorker(): Worker | null {
    return this.worker
  }

  async shutdown(): Promise<void> {
    const jobs = [...(this.running ? [this.running] : []), ...this.queue]
    this.running = null
    this.queue = []
    for (const job of jobs) {
      this.fail(job, new PdfRenderError(job.document, "the PDF renderer was shut down"))
    }
    await this.stopWorker()
  }

  /** Sends the next queued job to the worker if it is free. */
  private pump(): void {
    if (this.running) {
      return
    }
    const job = this.queue.shift()
    if (!job) {
      // Idle: let the process exit if nothing else keeps it alive.
      this.worker?.unref()
      return
    }

    let worker: Worker
    try {
      worker = this.ensureWorker()
    } catch (e) {
      this.fail(job, new PdfRenderError(job.document, `could not start the PDF worker thread: ${message(e)}`, e))
      return this.pump()
    }

    this.running = job
    worker.ref()
    const request: RenderRequest = { id: job.id, document: job.document, data: job.data }
    try {
      worker.postMessage(request)
    } catch (e) {
      // Structured clone refused the data (functions, class instances...).
      this.running = null
      this.fail(job, new PdfRenderError(job.document, `its data cannot be sent to the worker thread: ${message(e)}`, e))
      this.pump()
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) {
      return this.worker
    }
    const worker = startRenderWorker()
    this.workersStarted++
    worker.on("message", (reply: RenderReply) => this.onReply(worker, reply))
    worker.on("messageerror", (e) => this.onWorkerGone(worker, `a reply could not be read: ${message(e)}`))
    worker.on("error", (e) => this.onWorkerGone(worker, `the PDF worker thread crashed: ${message(e)}`, e))
    worker.on("exit", (code) =>
      this.onWorkerGone(worker, `the PDF worker thread exited unexpectedly (exit code ${code})`)
    )
    this.worker = worker
    this.workerHeapUsedBytes = null
    return worker
  }

  private onReply(worker: Worker, reply: RenderReply): void {
    const job = this.running
    // A reply from a replaced worker, or for a job that already timed out.
    if (worker !== this.worker || !job || reply.id !== job.id) {
      return
    }
    this.running = null
    clearTimeout(job.timer)
    if (reply.ok) {
      this.workerHeapUsedBytes = reply.heap_used_bytes
      // Buffer.from(arrayBuffer, offset, length) wraps the transferred memory
      // without copying it.
      job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength))
    } else if (reply.error.name === "UnknownPdfDocumentError") {
      job.reject(new UnknownPdfDocumentError(job.document))
    } else {
      job.reject(new PdfRenderError(job.document, reply.error.message, reply.error))
    }
    this.pump()
  }

  private onTimeout(job: Job): void {
    const queued = this.queue.indexOf(job)
    if (queued !== -1) {
      this.queue.splice(queued, 1)
      job.reject(new PdfRenderTimeoutError(job.document, job.timeoutMs))
      return
    }
    if (this.running === job) {
      // The worker may be stuck in a layout loop: stop it. The jobs queued
      // behind go to a fresh worker.
      this.running = null
      job.reject(new PdfRenderTimeoutError(job.document, job.timeoutMs))
      void this.stopWorker()
      this.pump()
    }
  }

  /** The worker died (crash, out of memory, terminated from outside). */
  private onWorkerGone(worker: Worker, reason: string, cause?: unknown): void {
    if (worker !== this.worker) {
      return // already replaced, e.g. terminated by us after a timeout
    }
    this.worker = null
    void worker.terminate().catch(() => undefined)
    const job = this.running
    this.running = null
    if (job) {
      this.fail(job, new PdfRenderError(job.document, reason, cause))
    }
    this.pump()
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) {
      await worker.terminate().catch(() => undefined)
    }
  }

  private fail(job: Job, error: Error): void {
    clearTimeout(job.timer)
    job.reject(error)
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

const renderer = new PdfRenderer()

/**
 * Renders the named document with its data, off the main thread.
 * Rejects with UnknownPdfDocumentError for a name that is not registered,
 * PdfRenderTimeoutError after `timeoutMs`, and PdfRenderError (message
 * 'Rendering PDF document "<name>" failed: <reason>') for anything else.
 */
export async function renderPdf<Name extends PdfDocumentName>(
  document: Name,
  data: PdfDocumentData<Name>,
  options: RenderPdfOptions = {}
): Promise<Buffer> {
  if (!isPdfDocumentName(document)) {
    throw new UnknownPdfDocumentError(document)
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_RENDER_TIMEOUT_MS
  // setTimeout fires at once for delays above 2^31-1 ms, so those are refused too.
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new RangeError(
      `renderPdf: timeoutMs must be a number of milliseconds between 1 and ${MAX_TIMER_MS}, got ${timeoutMs}`
    )
  }
  return renderer.render(document, data, timeoutMs)
}

/**
 * Stops the worker thread and rejects renders still waiting. Not needed for a
 * process to exit (an idle worker does not keep it alive); for a graceful
 * shutdown that must not leave a render half done, or to free its memory.
 * The next renderPdf() starts a new worker.
 */
export function shutdownPdfRenderer(): Promise<void> {
  return renderer.shutdown()
}

/** Diagnostics: the worker's thread id, whether it is busy, the queue length, its heap. */
export function getPdfRendererInfo() {
  return renderer.info()
}

/** For tests only: the current worker thread, to simulate a crash. */
export const pdfRendererInternals = {
  currentWorker: (): Worker | null => renderer.currentWorker(),
}
