import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_PURCHASE_MODULE } from "../../../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../../../modules/customer-purchase/service"
import { renderDepositSlip } from "../../../../../utils/pdf"
import { refetchItemDeposit } from "../../helpers"
import { retrieveItemDepositQueryConfig } from "../../query-config"
import { buildDepositSlipData } from "./build-deposit-slip-data"

/**
 * The printable deposit slip (PDF), with the claim code the customer uses to
 * attach the deposit to their online account. The store's details come
 * from the same template as the purchase receipt.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const purchases: CustomerPurchaseModuleService = req.scope.resolve(CUSTOMER_PURCHASE_MODULE)
  const [deposit, settings] = await Promise.all([
    refetchItemDeposit(req.params.id, req.scope, retrieveItemDepositQueryConfig.defaults),
    purchases.retrieveSettings(),
  ])
  const pdf = await renderDepositSlip(buildDepositSlipData(deposit, settings.receipt_template))

  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="deposit-${deposit.number}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(pdf)
}
