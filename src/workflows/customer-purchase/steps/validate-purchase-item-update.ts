import { createStep } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { formatPurchaseNumber } from "../../../utils/purchase-number"

/** What was agreed with the seller: fixed once the seller has been paid. */
const PRICED_FIELDS = ["unit_price", "quantity"]
/** What stocking recorded in the catalogue: fixed once the item is stocked. */
const STOCKED_FIELDS = ["variant_id", "refurbishment_cost", "quantity"]

export const validatePurchaseItemUpdateStepId = "validate-purchase-item-update"

/** Money fields change only before the payout; stocking fields only before stocking. */
export const validatePurchaseItemUpdateStep = createStep(
  validatePurchaseItemUpdateStepId,
  async ({ item, update }: { item: any; update: Record<string, unknown> }) => {
    const fields = Object.keys(update)
    const { purchase } = item
    if (purchase.status === "cancelled") {
      throw stateConflict(`Purchase ${formatPurchaseNumber(purchase.display_id)} is cancelled; its items can no longer be edited.`)
    }
    const priced = fields.filter((f) => PRICED_FIELDS.includes(f))
    if (purchase.status !== "draft" && priced.length) {
      throw stateConflict(
        `${priced.join(", ")}: the seller has already been paid for this item, so what was paid can no longer change.`
      )
    }
    const stocked = fields.filter((f) => STOCKED_FIELDS.includes(f))
    if (item.status === "stocked" && stocked.length) {
      throw stateConflict(`${stocked.join(", ")}: the item is already stocked.`)
    }
  }
)
