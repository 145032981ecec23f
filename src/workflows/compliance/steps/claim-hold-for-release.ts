import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type ClaimHoldForReleaseStepInput = { hold_id: string; now: Date | string }

export const claimHoldForReleaseStepId = "claim-hold-for-release"

/**
 * Claims a due hold for release (row lock, status check); null when it is
 * not releasable (already released, police hold, not due). Compensation puts
 * the hold back to active.
 */
export const claimHoldForReleaseStep = createStep(
  claimHoldForReleaseStepId,
  async (input: ClaimHoldForReleaseStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const before = await service.claimHoldForRelease(input.hold_id, new Date(input.now))
    return new StepResponse(before, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.restoreHold(before as any)
  }
)
