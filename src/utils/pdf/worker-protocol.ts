/**
 * Messages between renderPdf() (main thread) and the render worker.
 * Every request carries an id that its reply echoes, so a reply is matched to
 * its caller and a late reply from a replaced worker is recognised and dropped.
 */

export type RenderRequest = {
  id: number
  document: string
  data: unknown
}

export type RenderReply =
  | {
      id: number
      ok: true
      /** The PDF bytes; the underlying ArrayBuffer is transferred, not copied. */
      pdf: Uint8Array
      /** Time spent rendering inside the worker, for diagnostics. */
      render_ms: number
      /** The worker's V8 heap in use after the render (its own isolate), for diagnostics. */
      heap_used_bytes: number
    }
  | {
      id: number
      ok: false
      error: { name: string; message: string; stack?: string }
    }
