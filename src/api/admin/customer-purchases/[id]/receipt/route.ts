import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../modules/customer-purchase/service"
import { renderPurchaseReceipt } from "../../../../../utils/pdf"
import { refetchCustomerPurchase } from "../../helpers"
import { buildReceiptData } from "./build-receipt-data"

/** The purchase receipt as a PDF, from the merchant's receipt template. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CustomerPurchaseModuleService = req.scope.resolve(
    CUSTOMER_PURCHASE_MODULE
  )
  const [purchase, settings] = await Promise.all([
    refetchCustomerPurchase(req.params.id, req.scope, RECEIPT_FIELDS),
    service.retrieveSettings(),
  ])
  const pdf = await renderPurchaseReceipt(buildReceiptData(purchase, settings))

  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `inline; filename="purchase-${purchase.number}.pdf"`
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}

const RECEIPT_FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "created_at",
  "seller_first_name",
  "seller_last_name",
  "seller_email",
  "seller_phone",
  "seller_address",
  "id_document_type",
  "id_document_last4",
  "id_document_expires_at",
  "items.*",
  "payout.lines.*",
]
