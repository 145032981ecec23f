import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export const completePurchasesIfDoneStepId = "complete-purchases-if-done"

/**
 * The batch form of completePurchaseIfDoneStep: completes each of the paid
 * purchases whose items have all reached a final status. Returns the ids it
 * completed; compensation puts them back to paid.
 */
export const completePurchasesIfDoneStep = createStep(
  completePurchasesIfDoneStepId,
  async (purchaseIds: string[], { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const completed = await service.completePurchasesIfDone(purchaseIds)
    return new StepResponse(completed, completed)
  },
  async (completed, { container }) => {
    if (!completed?.length) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.updateCustomerPurchases({
      selector: { id: completed },
      data: { status: "paid", completed_at: null },
    })
  }
)
