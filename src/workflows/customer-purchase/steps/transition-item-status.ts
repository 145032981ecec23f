import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type TransitionItemStatusStepInput = { id: string; to: string }

export const transitionItemStatusStepId = "transition-item-status"

/**
 * Moves an item to a stage or a final status under a row lock; a second
 * concurrent attempt to finalise the same item fails here. Compensation
 * restores the item's previous status.
 */
export const transitionItemStatusStep = createStep(
  transitionItemStatusStepId,
  async (input: TransitionItemStatusStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const before = await service.transitionItemStatus(input.id, input.to)
    return new StepResponse(
      { id: input.id, from: before.status, to: input.to },
      { id: before.id, status: before.status, stocked_at: before.stocked_at }
    )
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
