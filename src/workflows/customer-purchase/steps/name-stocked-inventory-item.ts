import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_VARIANT_TITLE } from "../utils/build-catalogue-entries"

export type NameStockedInventoryItemStepInput = {
  inventory_item_id: string
  variant_id: string
}

export const nameStockedInventoryItemStepId = "name-stocked-inventory-item"

/** Core's title for a product's only, option-less variant. */

/**
 * The inventory list shows an item's title and SKU; core titles a new
 * variant's inventory item after the variant alone. A unit stocked from a
 * purchase should read as the product it became: the product's title, then
 * the variant's when it says more (" / Blue, 64 GB"). The SKU is the
 * variant's already (core copies it). Run only for a variant stocking just
 * created; compensation restores the previous title.
 */
export const nameStockedInventoryItemStep = createStep(
  nameStockedInventoryItemStepId,
  async (input: NameStockedInventoryItemStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["title", "product.title"],
      filters: { id: input.variant_id },
    })
    const variant = data[0]
    const productTitle: string | undefined = variant?.product?.title
    if (!productTitle) {
      return new StepResponse(null, null)
    }
    const variantTitle: string | undefined = variant.title
    const title =
      variantTitle && variantTitle !== productTitle && variantTitle !== DEFAULT_VARIANT_TITLE
        ? `${productTitle} / ${variantTitle}`
        : productTitle

    const previous = await inventory.retrieveInventoryItem(input.inventory_item_id)
    const updated = await inventory.updateInventoryItems({
      id: input.inventory_item_id,
      title,
      description: title,
    })
    return new StepResponse(updated, {
      id: input.inventory_item_id,
      title: previous.title,
      description: previous.description,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.INVENTORY).updateInventoryItems(previous)
  }
)
