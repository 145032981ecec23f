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
  adjustInventoryLevelsStep,
  createProductsWorkflow,
  createProductVariantsWorkflow,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MathBN } from "@medusajs/framework/utils"
import { CustomerPurchaseEvents, REFURBISHMENT_COST_NOTES } from "../../../types/customer-purchase"
import { getPurchaseItemStep } from "../steps/get-purchase-item"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { validateItemStockingStep } from "../steps/validate-item-stocking"
import { transitionItemStatusStep } from "../steps/transition-item-status"
import { getVariantInventoryItemStep } from "../steps/get-variant-inventory-item"
import { ensureInventoryLevelsStep } from "../steps/ensure-inventory-levels"
import { updatePurchaseItemStep } from "../steps/update-purchase-item"
import { completePurchaseIfDoneStep } from "../steps/complete-purchase-if-done"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { placeStockHoldsStep } from "../../compliance/steps/place-stock-holds"
import { holdPlacedActivities } from "../../compliance/utils/hold-activities"
import { resolveStockingCatalogueStep } from "../steps/resolve-stocking-catalogue"
import { nameStockedInventoryItemStep } from "../steps/name-stocked-inventory-item"
import {
  buildNewProduct,
  buildNewVariant,
  NewProductInput,
  NewVariantInput,
} from "../utils/build-catalogue-entries"

export type StockCustomerPurchaseItemWorkflowInput = {
  purchase_id: string
  item_id: string
  /** Defaults to the settings' default stock location. */
  location_id?: string | null
  /** Stock as this existing variant (defaults to the item's own variant). */
  variant_id?: string | null
  /** Or create a variant under this product... */
  product_id?: string | null
  variant?: NewVariantInput
  /** ...or create a new product with one variant. */
  product?: NewProductInput
  /** Per unit, added to the price paid to give the item's unit cost. */
  refurbishment_cost?: number | string
  /** A new product's sales channels; defaults from the settings, then the store. */
  sales_channel_ids?: string[] | null
  actor_id?: string
}

export const stockCustomerPurchaseItemWorkflowId = "stock-customer-purchase-item"

/**
 * Turns a bought item into sellable stock: links it to a variant (existing or
 * created), ensures an inventory level at the location, raises the stocked
 * quantity by the item's quantity and records the item's unit cost. Once per
 * item: the item is claimed as stocked under a row lock before inventory
 * moves, and every step compensates if a later one fails.
 *
 * Hook `purchaseItemStocked` runs after the inventory has moved; throwing
 * from it rolls the stocking back.
 */
export const stockCustomerPurchaseItemWorkflow = createWorkflow(
  stockCustomerPurchaseItemWorkflowId,
  (input: WorkflowData<StockCustomerPurchaseItemWorkflowInput>) => {
    acquireLockStep({ key: input.item_id, timeout: 30, ttl: 120 })

    const item = getPurchaseItemStep({
      purchase_id: input.purchase_id,
      item_id: input.item_id,
    })
    const settings = getPurchaseSettingsStep()
    const target = validateItemStockingStep({
      item,
      settings,
      location_id: input.location_id,
      variant_id: input.variant_id,
      product_id: input.product_id,
      product: input.product,
    })

    useQueryGraphStep({
      entity: "stock_location",
      fields: ["id"],
      filters: { id: target.location_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-stock-location" })

    // Channels, prices and shipping profile matter only for a product or
    // variant stocking creates: stocking into an existing variant skips the reads.
    const catalogue = when(
      "resolve-catalogue-for-new-entries",
      { target },
      ({ target }) => !target.variant_id
    ).then(() =>
      resolveStockingCatalogueStep(
        transform({ input, item, settings }, ({ input, item, settings }) => ({
          sales_channel_ids: input.sales_channel_ids,
          prices: (input.product_id ? input.variant : input.product?.variant)?.prices,
          refurbishment_cost: input.refurbishment_cost,
          item,
          settings,
        }))
      )
    )

    const move = transitionItemStatusStep({ id: input.item_id, to: "stocked" })

    const createdUnderProduct = when(
      "create-variant-under-product",
      { input, target },
      ({ input, target }) => !target.variant_id && !!input.product_id
    ).then(() =>
      createProductVariantsWorkflow.runAsStep({
        input: transform({ input, item, catalogue }, ({ input, item, catalogue }) => ({
          product_variants: [
            buildNewVariant(input.product_id!, { ...input.variant, prices: catalogue!.prices }, item),
          ],
        })),
      })
    )

    const createdProduct = when(
      "create-product",
      { input, target },
      ({ input, target }) => !target.variant_id && !input.product_id && !!input.product
    ).then(() =>
      createProductsWorkflow.runAsStep({
        input: transform({ input, item, catalogue }, ({ input, item, catalogue }) => ({
          products: [
            buildNewProduct(
              { ...input.product!, variant: { ...input.product!.variant, prices: catalogue!.prices } },
              item,
              catalogue!
            ),
          ],
        })),
      })
    )

    const variantId = transform(
      { target, createdUnderProduct, createdProduct },
      ({ target, createdUnderProduct, createdProduct }) =>
        target.variant_id ??
        createdUnderProduct?.[0]?.id ??
        createdProduct?.[0]?.variants?.[0]?.id
    )
    const stock = getVariantInventoryItemStep(variantId)

    when(
      "name-created-inventory-item",
      { createdUnderProduct, createdProduct },
      ({ createdUnderProduct, createdProduct }) => !!(createdUnderProduct?.length || createdProduct?.length)
    ).then(() => nameStockedInventoryItemStep(stock))

    ensureInventoryLevelsStep(
      transform({ stock, target }, ({ stock, target }) => [
        { inventory_item_id: stock.inventory_item_id, location_id: target.location_id },
      ])
    )

    // Compliance: a hold period reserves the units (see README "Compliance"),
    // before they are raised: there is no moment when a held unit is on hand
    // and free for a cart.
    const holds = placeStockHoldsStep(
      transform({ input, item, settings, stock, target }, ({ input, item, settings, stock, target }) => ({
        settings,
        units: [
          {
            ...stock,
            purchase_id: input.purchase_id,
            item_id: input.item_id,
            item: item as any,
            location_id: target.location_id,
          },
        ],
      }))
    )

    adjustInventoryLevelsStep(
      transform({ stock, target, item }, ({ stock, target, item }) => [
        {
          inventory_item_id: stock.inventory_item_id,
          location_id: target.location_id,
          adjustment: MathBN.mult(item.quantity, stock.required_quantity),
        },
      ])
    )

    const stocked = updatePurchaseItemStep(
      transform({ input, item, stock, target }, ({ input, item, stock, target }) => {
        const refurbishment = input.refurbishment_cost ?? item.refurbishment_cost ?? 0
        return {
          id: input.item_id,
          variant_id: stock.variant_id,
          stocked_location_id: target.location_id,
          stocked_inventory_item_id: stock.inventory_item_id,
          refurbishment_cost: refurbishment,
          unit_cost: MathBN.add(item.unit_price, refurbishment),
          cost_note: REFURBISHMENT_COST_NOTES.stocked,
        }
      })
    ).config({ name: "record-stocked-item" })

    const purchaseItemStocked = createHook("purchaseItemStocked", {
      purchase_id: input.purchase_id,
      item: stocked,
    })

    const completed = completePurchaseIfDoneStep(input.purchase_id)

    createPurchaseActivitiesStep(
      transform(
        { input, move, stock, target, item, completed },
        ({ input, move, stock, target, item, completed }) => [
          {
            purchase_id: input.purchase_id,
            item_id: input.item_id,
            type: "stocked",
            actor_id: input.actor_id ?? null,
            from_status: move.from,
            to_status: "stocked",
            data: {
              variant_id: stock.variant_id,
              location_id: target.location_id,
              quantity: item.quantity,
            },
          },
          ...(completed
            ? [
                {
                  purchase_id: input.purchase_id,
                  type: "completed",
                  actor_id: input.actor_id ?? null,
                  from_status: "paid",
                  to_status: "completed",
                },
              ]
            : []),
        ]
      )
    )

    createPurchaseActivitiesStep(
      transform({ input, holds }, ({ input, holds }) => holdPlacedActivities(holds, input.actor_id))
    ).config({ name: "log-stock-hold" })

    emitEventStep({
      eventName: CustomerPurchaseEvents.ITEM_STOCKED,
      data: transform({ input, stock, target }, ({ input, stock, target }) => ({
        id: input.item_id,
        purchase_id: input.purchase_id,
        variant_id: stock.variant_id,
        location_id: target.location_id,
      })),
    }).config({ name: "emit-item-stocked" })

    when("emit-purchase-completed", { completed }, ({ completed }) => !!completed).then(() =>
      emitEventStep({
        eventName: CustomerPurchaseEvents.COMPLETED,
        data: { id: input.purchase_id },
      }).config({ name: "emit-purchase-completed" })
    )

    releaseLockStep({ key: input.item_id })

    return new WorkflowResponse(stocked, { hooks: [purchaseItemStocked] })
  }
)
