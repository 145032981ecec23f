import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { REFURBISHMENT_COST_NOTES } from "../../../types/customer-purchase"

export type UpdatePurchaseItemStepInput = {
  id: string
  /** Where a changed refurbishment cost came from, for its cost entry. */
  cost_note?: string
} & Record<string, unknown>

/** What was agreed with the seller: changes only while the purchase is a draft. */
const PRICED_FIELDS = ["unit_price", "quantity"]

export const updatePurchaseItemStepId = "update-purchase-item"

/** Updates an item's fields; compensation writes back the old values. */
export const updatePurchaseItemStep = createStep(
  updatePurchaseItemStepId,
  async (input: UpdatePurchaseItemStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const { cost_note = REFURBISHMENT_COST_NOTES.edited, ...item } = input
    const fields = Object.keys(item).filter((key) => key !== "id")
    const before = await service.retrieveCustomerPurchaseItem(input.id, {
      select: ["id", ...fields] as any,
    })
    // An edit of the item's own route (`purchase_id` given) is checked under
    // the purchase's row lock, the one the payout takes.
    const { purchase_id, ...update } = item as UpdatePurchaseItemStepInput & { purchase_id?: string }
    const updated = purchase_id
      ? await service.updateItemOfPurchase(
          purchase_id,
          update as any,
          Object.keys(update).filter((key) => PRICED_FIELDS.includes(key)),
          cost_note
        )
      : await service.updateItemLoggingCosts(update, cost_note)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.updateItemLoggingCosts(before as any, REFURBISHMENT_COST_NOTES.requestFailed)
  }
)
