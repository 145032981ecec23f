import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseStatus } from "../../../types/customer-purchase"
import { withoutIdNumber } from "../../../utils/mask-id-number"

export type TransitionPurchaseStatusStepInput = {
  id: string
  from: PurchaseStatus[]
  to: PurchaseStatus
  /** Shown as a 409 when the purchase is not in `from`; `{status}` is filled in. */
  message: string
}

export const transitionPurchaseStatusStepId = "transition-purchase-status"

/**
 * Moves a purchase between statuses under a database row lock: the guard
 * that holds across server processes. Compensation puts the old status back.
 */
export const transitionPurchaseStatusStep = createStep(
  transitionPurchaseStatusStepId,
  async (input: TransitionPurchaseStatusStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const before = await service.transitionPurchaseStatus(input.id, input)
    return new StepResponse(withoutIdNumber(before), before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.restorePurchaseStatus(before)
  }
)
