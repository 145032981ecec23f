import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { purchaseTotal } from "../../../utils/purchase-totals"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"
import { formatPurchaseNumber } from "../../../utils/purchase-number"

export type PayoutLineInput = {
  method_id: string
  amount: number | string
  reference?: string | null
}

export type ValidatePayoutStepInput = {
  purchase: {
    id: string
    display_id: number | string
    status: string
    items: { quantity: number; unit_price: any }[]
  }
  settings: PurchaseSettingsDTO
  lines: PayoutLineInput[]
}

export const validatePayoutStepId = "validate-payout"

/**
 * A purchase is paid out once, while it is a draft with items, by enabled
 * payout methods whose amounts add up exactly to its total.
 */
export const validatePayoutStep = createStep(
  validatePayoutStepId,
  async ({ purchase, settings, lines }: ValidatePayoutStepInput) => {
    const number = formatPurchaseNumber(purchase.display_id)
    if (purchase.status === "cancelled") {
      throw stateConflict(`Purchase ${number} is cancelled and cannot be paid out.`)
    }
    if (purchase.status !== "draft") {
      throw stateConflict(`Purchase ${number} has already been paid out.`)
    }
    if (!purchase.items.length) {
      throw stateConflict(
        `Purchase ${number} has no items: add what you are buying before paying out.`
      )
    }

    lines.forEach((line, index) => {
      const method = settings.payout_methods.find((m) => m.id === line.method_id)
      if (!method || !method.enabled) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `lines[${index}].method_id: "${line.method_id}" is not an enabled payout method (see /admin/purchase-settings).`
        )
      }
    })

    const total = purchaseTotal(purchase.items)
    const paid = lines.reduce(
      (sum, line) => MathBN.add(sum, line.amount),
      MathBN.convert(0)
    )
    if (!MathBN.eq(total, paid)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: the amounts add up to ${paid.toString()} but the purchase total is ${total.toString()}.`
      )
    }
  }
)

export const verifyPayoutTotalStepId = "verify-payout-total"

/**
 * The same sum, on the items read after the purchase was row-locked and
 * marked paid: a 409 if an item changed between the first read and the lock
 * (the status change before it is compensated).
 */
export const verifyPayoutTotalStep = createStep(
  verifyPayoutTotalStepId,
  async ({
    items,
    lines,
    display_id,
  }: {
    items: { quantity: number; unit_price: any }[]
    lines: PayoutLineInput[]
    display_id: number | string
  }) => {
    const total = purchaseTotal(items ?? [])
    const paid = lines.reduce((sum, line) => MathBN.add(sum, line.amount), MathBN.convert(0))
    if (!MathBN.eq(total, paid)) {
      throw stateConflict(
        `Purchase ${formatPurchaseNumber(display_id)} changed while it was being paid out: its total is now ${total.toString()}. Check the items and pay out again.`
      )
    }
  }
)
