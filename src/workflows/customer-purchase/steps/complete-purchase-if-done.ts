import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export const completePurchaseIfDoneStepId = "complete-purchase-if-done"

/**
 * A paid purchase is completed once every item has reached a final status.
 * Returns whether this call completed it.
 */
export const completePurchaseIfDoneStep = createStep(
  completePurchaseIfDoneStepId,
  async (purchaseId: string, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const completed = await service.completePurchaseIfDone(purchaseId)
    return new StepResponse(completed, completed ? purchaseId : undefined)
  },
  async (purchaseId, { container }) => {
    if (!purchaseId) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.updateCustomerPurchases({
      id: purchaseId,
      status: "paid",
      completed_at: null,
    })
  }
)
