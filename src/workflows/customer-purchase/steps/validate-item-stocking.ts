import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stateConflict } from "../../../utils/errors"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

export type ValidateItemStockingStepInput = {
  item: {
    title: string
    status: string
    variant_id: string | null
    purchase: { display_id: number | string; status: string }
  }
  settings: PurchaseSettingsDTO
  location_id?: string | null
  variant_id?: string | null
  product_id?: string | null
  product?: unknown
}

export const validateItemStockingStepId = "validate-item-stocking"

/**
 * An item is stocked once, after the seller has been paid, unless it was
 * scrapped or returned. Resolves where it goes (the request's location or
 * the default one) and what it becomes (the request's choice, else the
 * variant the item was already linked to).
 */
export const validateItemStockingStep = createStep(
  validateItemStockingStepId,
  async (input: ValidateItemStockingStepInput) => {
    const { item, settings } = input
    const number = formatPurchaseNumber(item.purchase.display_id)
    if (item.purchase.status === "draft") {
      throw stateConflict(`Purchase ${number} has not been paid out yet: pay the seller before stocking its items.`)
    }
    if (item.purchase.status === "cancelled") {
      throw stateConflict(`Purchase ${number} is cancelled; its items cannot be stocked.`)
    }
    if (item.status === "stocked") {
      throw stateConflict(`Item ${item.title} is already stocked.`)
    }
    if (item.status === "scrapped" || item.status === "returned_to_seller") {
      throw stateConflict(
        `Item ${item.title} is ${item.status.replace(/_/g, " ")} and cannot be stocked.`
      )
    }

    const location_id = input.location_id ?? settings.default_location_id
    if (!location_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "location_id: required, as no default stock location is set in the purchase settings."
      )
    }
    const variant_id =
      input.variant_id ?? (input.product_id || input.product ? null : item.variant_id)
    if (!variant_id && !input.product_id && !input.product) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "variant_id: the item is not linked to a variant; pass variant_id, or product_id and variant to create one under a product, or product to create a new product."
      )
    }
    return new StepResponse({ location_id, variant_id })
  }
)
