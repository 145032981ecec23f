import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateItemVariantsStepInput = {
  /** The items as the request sent them. */
  items: { variant_id?: string | null }[]
  /** `single`: the message names `variant_id` (one item's edit) rather than `items[0].variant_id`. */
  single?: boolean
}

export const validateItemVariantsStepId = "validate-purchase-item-variants"

/**
 * Refuses (400) an item that names a product variant that does not exist,
 * before anything is written: a purchase item's `variant_id` is what it will
 * be stocked as.
 */
export const validateItemVariantsStep = createStep(
  validateItemVariantsStepId,
  async (input: ValidateItemVariantsStepInput, { container }) => {
    const wanted = input.items
      .map((item, index) => ({ id: item.variant_id, index }))
      .filter((entry): entry is { id: string; index: number } => !!entry.id)
    if (!wanted.length) {
      return new StepResponse(void 0)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: [...new Set(wanted.map((entry) => entry.id))] },
    })
    const found = new Set(data.map((variant: { id: string }) => variant.id))
    const missing = wanted.find((entry) => !found.has(entry.id))
    if (missing) {
      const name = input.single ? "variant_id" : `items[${missing.index}].variant_id`
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name}: product variant ${missing.id} does not exist`
      )
    }
    return new StepResponse(void 0)
  }
)
