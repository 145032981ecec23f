import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const getVariantInventoryItemStepId = "get-variant-inventory-item"

/**
 * The inventory item behind a variant, and how many of it one unit of the
 * variant takes. A variant that does not manage inventory cannot be stocked.
 */
export const getVariantInventoryItemStep = createStep(
  getVariantInventoryItemStepId,
  async (variantId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "product_id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
      ],
      filters: { id: variantId },
    })
    const variant = data[0]
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `variant_id: Product variant with id: ${variantId} was not found`
      )
    }
    const link = variant.inventory_items?.[0]
    if (!variant.manage_inventory || !link) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variant_id: variant ${variantId} does not manage inventory, so it cannot be stocked; enable "Manage inventory" on it or pick another variant.`
      )
    }
    return new StepResponse({
      variant_id: variant.id as string,
      inventory_item_id: link.inventory_item_id as string,
      required_quantity: (link.required_quantity as number) ?? 1,
    })
  }
)
