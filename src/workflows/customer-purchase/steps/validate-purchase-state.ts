import { createStep } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import type { PurchaseStatus } from "../../../types/customer-purchase"

export type ValidatePurchaseStateStepInput = {
  purchase: { display_id: number | string; status: string }
  allowed: PurchaseStatus[]
  /** What the merchant tried, e.g. "have its prices edited". */
  action: string
}

export const validatePurchaseStateStepId = "validate-purchase-state"

/** Refuses with a 409 when the purchase's status does not allow the action. */
export const validatePurchaseStateStep = createStep(
  validatePurchaseStateStepId,
  async ({ purchase, allowed, action }: ValidatePurchaseStateStepInput) => {
    if (!allowed.includes(purchase.status as PurchaseStatus)) {
      throw stateConflict(
        `Purchase ${formatPurchaseNumber(purchase.display_id)} is ${purchase.status} and can no longer ${action}.`
      )
    }
  }
)
