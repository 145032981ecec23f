import { renderPdf, type RenderPdfOptions } from "./render-pdf"
import type { DepositSlipData, PurchaseReceiptData } from "./types"

/**
 * One typed shortcut per document, for callers that do not want to spell the
 * document name. Adding a document: add its function here too (optional).
 */

export function renderPurchaseReceipt(
  data: PurchaseReceiptData,
  options?: RenderPdfOptions
): Promise<Buffer> {
  return renderPdf("purchase-receipt", data, options)
}

export function renderDepositSlip(data: DepositSlipData, options?: RenderPdfOptions): Promise<Buffer> {
  return renderPdf("deposit-slip", data, options)
}
