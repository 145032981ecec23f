import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const getVariantsInventoryItemsStepId = "get-variants-inventory-items"

export type VariantStock = {
  variant_id: string
  inventory_item_id: string
  required_quantity: number
}

/**
 * The batch form of getVariantInventoryItemStep: one query for every
 * variant; returns one entry per id asked, in order (ids may repeat). A
 * variant that is missing or does not manage inventory fails the batch.
 */
export const getVariantsInventoryItemsStep = createStep(
  getVariantsInventoryItemsStepId,
  async (variantIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
      ],
      filters: { id: [...new Set(variantIds)] },
    })
    const byId = new Map(data.map((variant: any) => [variant.id, variant]))
    const stock: VariantStock[] = variantIds.map((id) => {
      const variant = byId.get(id)
      if (!variant) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `variant_id: Product variant with id: ${id} was not found`
        )
      }
      const link = variant.inventory_items?.[0]
      if (!variant.manage_inventory || !link) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `variant_id: variant ${id} does not manage inventory, so it cannot be stocked; enable "Manage inventory" on it or pick another variant.`
        )
      }
      return {
        variant_id: id,
        inventory_item_id: link.inventory_item_id as string,
        required_quantity: (link.required_quantity as number) ?? 1,
      }
    })
    return new StepResponse(stock)
  }
)
