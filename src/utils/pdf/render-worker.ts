/**
 * Entry point of the PDF render worker thread (started by render-pdf.ts).
 *
 * It handles one request at a time (render-pdf.ts sends the next only after
 * the previous reply), so a render is never slowed down by another one
 * interleaved with it, and a timed-out request can be stopped by terminating
 * the thread without taking other requests with it.
 */
import { parentPort } from "worker_threads"
import { performance } from "perf_hooks"
import { getHeapStatistics } from "v8"
import { loadReactPdf, renderDocument } from "./render-document"
import type { RenderReply, RenderRequest } from "./worker-protocol"

if (!parentPort) {
  throw new Error("render-worker must be started as a worker thread (see render-pdf.ts)")
}
const port = parentPort

// Start loading the renderer while the first request is still on its way;
// a failure here is reported by that request instead.
loadReactPdf().catch(() => undefined)

port.on("message", async (request: RenderRequest) => {
  const started = performance.now()
  let reply: RenderReply
  let transfer: ArrayBuffer[] = []
  try {
    const pdf = await renderDocument(request.document, request.data)
    // Small Buffers can be slices of Node's shared allocation pool, and
    // transferring a pool would detach memory that other Buffers use. Send a
    // view of a buffer that belongs to this PDF alone, and transfer it.
    const bytes =
      pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength
        ? new Uint8Array(pdf.buffer, 0, pdf.byteLength)
        : new Uint8Array(pdf)
    reply = {
      id: request.id,
      ok: true,
      pdf: bytes,
      render_ms: performance.now() - started,
      // This thread's heap only (a worker has its own isolate); cheap to read.
      heap_used_bytes: getHeapStatistics().used_heap_size,
    }
    transfer = [bytes.buffer as ArrayBuffer]
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e))
    reply = {
      id: request.id,
      ok: false,
      error: { name: error.name, message: error.message, stack: error.stack },
    }
  }
  port.postMessage(reply, transfer)
})
