import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type UpdatePurchaseItemStepInput = { id: string } & Record<
  string,
  unknown
>

export const updatePurchaseItemStepId = "update-purchase-item"

/** Updates an item's fields; compensation writes back the old values. */
export const updatePurchaseItemStep = createStep(
  updatePurchaseItemStepId,
  async (input: UpdatePurchaseItemStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveCustomerPurchaseItem(input.id, {
      select: ["id", ...fields] as any,
    })
    const updated = await service.updateCustomerPurchaseItems(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.updateCustomerPurchaseItems(before as any)
  }
)
