/**
 * Errors of renderPdf(). Every message names the document, so a failure in a
 * route or workflow log says what was being rendered and why it failed.
 */

export class PdfRenderError extends Error {
  readonly document: string
  /** The worker-side error (message and stack), when there was one. */
  readonly cause?: unknown

  constructor(document: string, reason: string, cause?: unknown) {
    super(`Rendering PDF document "${document}" failed: ${reason}`)
    this.name = "PdfRenderError"
    this.document = document
    this.cause = cause
  }
}

export class PdfRenderTimeoutError extends PdfRenderError {
  readonly timeout_ms: number

  constructor(document: string, timeoutMs: number) {
    super(document, `timed out after ${timeoutMs} ms`)
    this.name = "PdfRenderTimeoutError"
    this.timeout_ms = timeoutMs
  }
}
