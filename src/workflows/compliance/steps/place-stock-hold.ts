import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import { holdLength, holdReleaseDate } from "../utils/hold-length"

export type PlaceStockHoldStepInput = {
  purchase_id: string
  item_id: string
  item: { quantity: number; metadata?: Record<string, unknown> | null; purchase: { display_id: number | string } }
  settings: PurchaseSettingsDTO
  variant_id: string
  inventory_item_id: string
  required_quantity: number
  location_id: string
}

export const placeStockHoldStepId = "place-stock-hold"

/** Marks the reservations the plugin makes for holds (the inventory admin shows the description). */
export const HOLD_RESERVATION_METADATA_KEY = "customer_purchase_hold"

/**
 * If a hold rule (or the default) applies to the stocked item, reserves the
 * stocked quantity with a core inventory reservation and records the hold:
 * the units stay on hand but are not available to any cart, checkout or
 * draft order until the release job deletes the reservation. Returns the
 * hold, or null when none applies. Compensation deletes both.
 */
export const placeStockHoldStep = createStep(
  placeStockHoldStepId,
  async (input: PlaceStockHoldStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.type_id", "product.categories.id", "product.tags.id"],
      filters: { id: input.variant_id },
    })
    const product = (variants[0] as any)?.product ?? {}
    const { days, rule } = holdLength(input.settings.hold_rules, input.settings.default_hold_days, {
      category_ids: (product.categories ?? []).map((c: { id: string }) => c.id),
      type_id: product.type_id ?? null,
      tag_ids: (product.tags ?? []).map((t: { id: string }) => t.id),
      item_metadata: input.item.metadata ?? null,
    })
    if (days <= 0) {
      return new StepResponse(null, null)
    }

    const now = new Date()
    const release_at = holdReleaseDate(now, days)
    const quantity = Number(MathBN.mult(input.item.quantity, input.required_quantity))
    const number = formatPurchaseNumber(input.item.purchase.display_id)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    // Same lock key as core's cart reservations, so availability checks and
    // this reservation do not interleave.
    const [reservation] = await locking.execute([input.inventory_item_id], () =>
      inventory.createReservationItems([
        {
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
          quantity,
          description: `Hold period: ${number} until ${release_at.toISOString().slice(0, 10)}`,
          metadata: {
            [HOLD_RESERVATION_METADATA_KEY]: true,
            purchase_id: input.purchase_id,
            item_id: input.item_id,
            release_at: release_at.toISOString(),
          },
        },
      ])
    )

    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const hold = await service.createPurchaseHolds({
      purchase_id: input.purchase_id,
      item_id: input.item_id,
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id,
      quantity,
      reservation_id: reservation.id,
      rule: rule as any,
      days,
      release_at,
    })
    return new StepResponse(hold, { hold_id: hold.id, reservation_id: reservation.id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.deletePurchaseHolds([created.hold_id])
    await container.resolve(Modules.INVENTORY).deleteReservationItems([created.reservation_id])
  }
)
