import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

export type RefuseCashPayoutStepInput = {
  settings: PurchaseSettingsDTO
  lines: { method_id: string }[]
}

export const refuseCashPayoutStepId = "refuse-cash-payout"

/**
 * No-cash mode (e.g. the UK Scrap Metal Dealers Act 2013 s.12): with
 * `no_cash` on, a payout line by a cash-type method is refused (400 naming
 * the line) before anything moves.
 */
export const refuseCashPayoutStep = createStep(
  refuseCashPayoutStepId,
  async ({ settings, lines }: RefuseCashPayoutStepInput) => {
    if (!settings.no_cash) {
      return new StepResponse(null)
    }
    lines.forEach((line, index) => {
      const method = settings.payout_methods.find((m) => m.id === line.method_id)
      if (method?.type === "cash") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines[${index}].method_id: "${line.method_id}" is a cash method, and the purchase settings refuse cash payouts (no_cash).`
        )
      }
    })
    return new StepResponse(null)
  }
)
