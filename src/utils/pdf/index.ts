/**
 * PDF documents of the plugin, rendered with @react-pdf/renderer in a worker
 * thread. Import from here (e.g. `import { renderPurchaseReceipt, renderDepositSlip }
 * from "../../utils/pdf"`); the other files are implementation details.
 */
export {
  renderPdf,
  shutdownPdfRenderer,
  getPdfRendererInfo,
  DEFAULT_PDF_RENDER_TIMEOUT_MS,
  type RenderPdfOptions,
} from "./render-pdf"
export { renderPurchaseReceipt, renderDepositSlip } from "./typed-renderers"
export { PdfRenderError, PdfRenderTimeoutError } from "./errors"
export { InvalidPdfDataError } from "./check-data"
export {
  pdfDocumentNames,
  UnknownPdfDocumentError,
  type PdfDocumentName,
  type PdfDocumentData,
} from "./registry"
export { formatMoney } from "./format"
export type {
  ReceiptTemplate,
  PurchaseReceiptData,
  PurchaseReceiptItem,
  PurchaseReceiptPayout,
  DepositSlipData,
  DepositSlipTransaction,
} from "./types"
