import { MedusaError } from "@medusajs/framework/utils"
import { stateConflict } from "../../../utils/errors"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

export type StockableItem = {
  title: string
  status: string
  variant_id: string | null
  purchase: { display_id: number | string; status: string }
}

export type StockingRequest = {
  location_id?: string | null
  variant_id?: string | null
  product_id?: string | null
  product?: unknown
}

/**
 * An item is stocked once, after the seller has been paid, unless it was
 * scrapped or returned. Resolves where it goes (the request's location or
 * the default one) and what it becomes (the request's choice, else the
 * variant the item was already linked to). Shared by the one-item and the
 * batch stocking workflows, so both refuse the same things the same way.
 */
export function resolveStockingTarget(
  item: StockableItem,
  settings: PurchaseSettingsDTO,
  request: StockingRequest
): { location_id: string; variant_id: string | null } {
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
    throw stateConflict(`Item ${item.title} is ${item.status.replace(/_/g, " ")} and cannot be stocked.`)
  }

  const location_id = request.location_id ?? settings.default_location_id
  if (!location_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "location_id: required, as no default stock location is set in the purchase settings."
    )
  }
  const variant_id =
    request.variant_id ?? (request.product_id || request.product ? null : item.variant_id)
  if (!variant_id && !request.product_id && !request.product) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "variant_id: the item is not linked to a variant; pass variant_id, or product_id and variant to create one under a product, or product to create a new product."
    )
  }
  return { location_id, variant_id }
}
