import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../modules/customer-purchase/service"
import { renderPurchaseReceipt } from "../../../../utils/pdf"
import { samplePurchaseReceipt } from "./sample-receipt"
import type { AdminPreviewReceiptType } from "../validators"

/**
 * The receipt a template produces, on a sample purchase: what the settings
 * page shows live while the merchant edits the template (the unsaved fields
 * in the body win over the saved ones). Writes nothing.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewReceiptType>,
  res: MedusaResponse
) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const { receipt_template } = await service.retrieveSettings()
  const pdf = await renderPurchaseReceipt(
    samplePurchaseReceipt({ ...receipt_template, ...(req.validatedBody.receipt_template ?? {}) })
  )
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Cache-Control", "no-store")
  res.send(pdf)
}
