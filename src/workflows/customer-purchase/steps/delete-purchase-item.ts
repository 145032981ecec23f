import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export const deletePurchaseItemStepId = "delete-purchase-item"

/**
 * Soft-deletes an item so that compensation can restore it, under its
 * purchase's row lock after checking the purchase is still a draft.
 */
export const deletePurchaseItemStep = createStep(
  deletePurchaseItemStepId,
  async ({ id, purchase_id }: { id: string; purchase_id: string }, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.removeItemOfDraftPurchase(purchase_id, id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.restoreCustomerPurchaseItems([id])
  }
)
