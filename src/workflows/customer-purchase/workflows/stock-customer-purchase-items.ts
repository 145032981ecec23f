import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { getPurchaseItemsStep } from "../steps/get-purchase-items"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { validateItemsStockingStep } from "../steps/validate-items-stocking"
import { getVariantsInventoryItemsStep } from "../steps/get-variants-inventory-items"
import { markItemsStockedStep } from "../steps/mark-items-stocked"
import { stockInventoryLevelsStep } from "../steps/stock-inventory-levels"
import { completePurchasesIfDoneStep } from "../steps/complete-purchases-if-done"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { placeStockHoldsStep } from "../../compliance/steps/place-stock-holds"
import { ensureInventoryLevelsStep } from "../steps/ensure-inventory-levels"
import { holdPlacedActivities } from "../../compliance/utils/hold-activities"
import { holdPeriodsApply } from "../../compliance/utils/hold-length"

export type StockCustomerPurchaseItemsWorkflowInput = {
  items: {
    purchase_id: string
    item_id: string
    /** Defaults to the settings' default stock location. */
    location_id?: string | null
    /** Stock as this existing variant (defaults to the item's own variant). */
    variant_id?: string | null
    /** Per unit, added to the price paid to give the item's unit cost. */
    refurbishment_cost?: number | string
  }[]
  actor_id?: string
}

export const stockCustomerPurchaseItemsWorkflowId = "stock-customer-purchase-items"

/**
 * Stocks many bought items at once (a delivery of refurbished devices, a
 * whole purchase): the batch form of stockCustomerPurchaseItemWorkflow for
 * items that become existing variants (creating products or variants stays
 * one item at a time). All or nothing: every item is checked, claimed as
 * stocked under its row lock, and its inventory raised, or none is. Each
 * stage is one query or one write for the whole batch, not one per item,
 * which is what makes a thousand items cost about what core's own inventory
 * workflows cost for them (docs/benchmarks.md, "Stocking").
 *
 * Hook `purchaseItemsStocked` runs after the inventory has moved; throwing
 * from it rolls the whole batch back.
 */
export const stockCustomerPurchaseItemsWorkflow = createWorkflow(
  stockCustomerPurchaseItemsWorkflowId,
  (input: WorkflowData<StockCustomerPurchaseItemsWorkflowInput>) => {
    // Each key once: the same key twice in one acquire waits for itself (an
    // item listed twice is refused by getPurchaseItemsStep, under the lock).
    const lockKeys = transform({ input }, ({ input }) => [...new Set(input.items.map((i) => i.item_id))])
    acquireLockStep({ key: lockKeys, timeout: 30, ttl: 300 })

    const items = getPurchaseItemsStep(
      transform({ input }, ({ input }) =>
        input.items.map(({ purchase_id, item_id }) => ({ purchase_id, item_id }))
      )
    )
    const settings = getPurchaseSettingsStep()
    const targets = validateItemsStockingStep({ items, settings, requests: input.items })

    useQueryGraphStep({
      entity: "stock_location",
      fields: ["id"],
      filters: transform({ targets }, ({ targets }) => ({
        id: [...new Set(targets.map((t) => t.location_id))],
      })),
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-stock-locations" })

    const stock = getVariantsInventoryItemsStep(
      transform({ targets }, ({ targets }) => targets.map((t) => t.variant_id!))
    )

    // Claimed under the items' row locks before any inventory moves.
    const stocked = markItemsStockedStep(
      transform({ input, items, stock, targets }, ({ input, items, stock, targets }) =>
        items.map((item, i) => {
          const refurbishment = input.items[i].refurbishment_cost ?? item.refurbishment_cost ?? 0
          return {
            id: item.id,
            variant_id: stock[i].variant_id,
            stocked_location_id: targets[i].location_id,
            stocked_inventory_item_id: stock[i].inventory_item_id,
            refurbishment_cost: refurbishment,
            unit_cost: MathBN.add(item.unit_price, refurbishment),
          }
        })
      )
    )

    // Compliance: hold periods reserve the units before they are raised, as
    // for one item, so their levels must exist first. Without hold periods
    // the levels are created with their quantity in one write below.
    when({ settings }, ({ settings }) => holdPeriodsApply(settings)).then(() => {
      ensureInventoryLevelsStep(
        transform({ stock, targets }, ({ stock, targets }) =>
          stock.map((s, i) => ({ inventory_item_id: s.inventory_item_id, location_id: targets[i].location_id }))
        )
      )
    })

    const holds = placeStockHoldsStep(
      transform({ items, settings, stock, targets }, ({ items, settings, stock, targets }) => ({
        settings,
        units: items.map((item, i) => ({
          ...stock[i],
          purchase_id: item.purchase_id,
          item_id: item.id,
          item,
          location_id: targets[i].location_id,
        })),
      }))
    )

    stockInventoryLevelsStep(
      transform({ stock, targets, items }, ({ stock, targets, items }) =>
        items.map((item, i) => ({
          inventory_item_id: stock[i].inventory_item_id,
          location_id: targets[i].location_id,
          quantity: MathBN.mult(item.quantity, stock[i].required_quantity),
        }))
      )
    )

    const purchaseItemsStocked = createHook("purchaseItemsStocked", { items: stocked })

    const completed = completePurchasesIfDoneStep(
      transform({ input }, ({ input }) => input.items.map((i) => i.purchase_id))
    )

    createPurchaseActivitiesStep(
      transform(
        { input, items, stocked, stock, targets, holds, completed },
        ({ input, items, stocked, stock, targets, holds, completed }) => [
          ...items.map((item, i) => ({
            purchase_id: item.purchase_id,
            item_id: item.id,
            type: "stocked",
            actor_id: input.actor_id ?? null,
            from_status: stocked[i].from_status,
            to_status: "stocked",
            data: {
              variant_id: stock[i].variant_id,
              location_id: targets[i].location_id,
              quantity: item.quantity,
            },
          })),
          ...holdPlacedActivities(holds, input.actor_id),
          ...completed.map((purchase_id) => ({
            purchase_id,
            type: "completed",
            actor_id: input.actor_id ?? null,
            from_status: "paid",
            to_status: "completed",
          })),
        ]
      )
    )

    emitEventStep({
      eventName: CustomerPurchaseEvents.ITEM_STOCKED,
      data: transform({ items, stock, targets }, ({ items, stock, targets }) =>
        items.map((item, i) => ({
          id: item.id,
          purchase_id: item.purchase_id,
          variant_id: stock[i].variant_id,
          location_id: targets[i].location_id,
        }))
      ),
    }).config({ name: "emit-items-stocked" })

    emitEventStep({
      eventName: CustomerPurchaseEvents.COMPLETED,
      data: transform({ completed }, ({ completed }) => completed.map((id) => ({ id }))),
    }).config({ name: "emit-purchases-completed" })

    releaseLockStep({ key: lockKeys })

    return new WorkflowResponse(stocked, { hooks: [purchaseItemsStocked] })
  }
)
