import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"
import { formatPurchaseNumber } from "../../../utils/purchase-number"
import { holdLength, holdPeriodsApply, holdReleaseDate } from "../utils/hold-length"

/** One item being stocked, as the stocking workflows know it: its level exists, its units are not raised yet. */
export type StockedUnitForHold = {
  purchase_id: string
  item_id: string
  item: { quantity: number; metadata?: Record<string, unknown> | null; purchase: { display_id: number | string } }
  variant_id: string
  inventory_item_id: string
  required_quantity: number
  location_id: string
}

export type PlaceStockHoldsStepInput = {
  settings: PurchaseSettingsDTO
  units: StockedUnitForHold[]
}

export const placeStockHoldsStepId = "place-stock-holds"

/** Marks the reservations the plugin makes for holds (the inventory admin shows the description). */
export const HOLD_RESERVATION_METADATA_KEY = "customer_purchase_hold"

/**
 * For every stocked item a hold rule (or the default) applies to, reserves
 * the stocked quantity with a core inventory reservation and records the
 * hold: the units stay on hand but are not available to any cart, checkout
 * or draft order until the release job deletes the reservation. Both
 * stocking workflows (one item, a batch) place holds through this step, so
 * no way of stocking skips a hold. Returns the holds placed; compensation
 * deletes them and their reservations.
 */
export const placeStockHoldsStep = createStep(
  placeStockHoldsStepId,
  async ({ settings, units }: PlaceStockHoldsStepInput, { container }) => {
    if (!units.length || !holdPeriodsApply(settings)) {
      return new StepResponse([], null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.type_id", "product.categories.id", "product.tags.id"],
      filters: { id: [...new Set(units.map((u) => u.variant_id))] },
    })
    const productOf = new Map(variants.map((v: any) => [v.id, v.product ?? {}]))

    const now = new Date()
    const planned = units.flatMap((unit) => {
      const product = productOf.get(unit.variant_id) ?? {}
      const { days, rule } = holdLength(settings.hold_rules, settings.default_hold_days, {
        category_ids: (product.categories ?? []).map((c: { id: string }) => c.id),
        type_id: product.type_id ?? null,
        tag_ids: (product.tags ?? []).map((t: { id: string }) => t.id),
        item_metadata: unit.item.metadata ?? null,
      })
      if (days <= 0) {
        return []
      }
      const release_at = holdReleaseDate(now, days)
      const quantity = Number(MathBN.mult(unit.item.quantity, unit.required_quantity))
      return [{ unit, days, rule, release_at, quantity }]
    })
    if (!planned.length) {
      return new StepResponse([], null)
    }

    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    // Same lock keys as core's cart reservations, so availability checks and
    // these reservations do not interleave.
    const lockKeys = [...new Set(planned.map((p) => p.unit.inventory_item_id))]
    const reservations = await locking.execute(lockKeys, () =>
      inventory.createReservationItems(
        planned.map(({ unit, release_at, quantity }) => ({
          inventory_item_id: unit.inventory_item_id,
          location_id: unit.location_id,
          quantity,
          // Placed before the stocking raises the level (see the stocking
          // workflows), so the units are not "available" yet.
          allow_backorder: true,
          description: `Hold period: ${formatPurchaseNumber(unit.item.purchase.display_id)} until ${release_at
            .toISOString()
            .slice(0, 10)}`,
          metadata: {
            [HOLD_RESERVATION_METADATA_KEY]: true,
            purchase_id: unit.purchase_id,
            item_id: unit.item_id,
            release_at: release_at.toISOString(),
          },
        }))
      )
    )

    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    // A step that throws is not compensated itself: without this, a failed
    // write of the hold rows would leave reservations nothing releases.
    const rows = planned.map(({ unit, days, rule, release_at, quantity }, i) => ({
      purchase_id: unit.purchase_id,
      item_id: unit.item_id,
      inventory_item_id: unit.inventory_item_id,
      location_id: unit.location_id,
      quantity,
      reservation_id: reservations[i].id,
      rule: rule as any,
      days,
      release_at,
    }))
    const holds = await service.createPurchaseHolds(rows).catch(async (error) => {
      await inventory.deleteReservationItems(reservations.map((r) => r.id))
      throw error
    })
    return new StepResponse(holds, {
      hold_ids: holds.map((h) => h.id),
      reservation_ids: reservations.map((r) => r.id),
    })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.deletePurchaseHolds(created.hold_ids)
    await container.resolve(Modules.INVENTORY).deleteReservationItems(created.reservation_ids)
  }
)
