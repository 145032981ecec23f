import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GetPurchaseItemStepInput = { purchase_id: string; item_id: string }

export const getPurchaseItemStepId = "get-purchase-item"

/**
 * Reads an item together with its purchase, and 404s when the item does not
 * exist or belongs to another purchase.
 */
export const getPurchaseItemStep = createStep(
  getPurchaseItemStepId,
  async ({ purchase_id, item_id }: GetPurchaseItemStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer_purchase_item",
      fields: [
        "*",
        "purchase.id",
        "purchase.display_id",
        "purchase.status",
        "purchase.customer_id",
        "purchase.currency_code",
      ],
      filters: { id: item_id, purchase_id },
    })
    if (!data[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Item with id: ${item_id} was not found in purchase ${purchase_id}`
      )
    }
    return new StepResponse(data[0] as any)
  }
)
