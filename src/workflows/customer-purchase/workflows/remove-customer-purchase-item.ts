import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { getPurchaseItemStep } from "../steps/get-purchase-item"
import { validatePurchaseStateStep } from "../steps/validate-purchase-state"
import { deletePurchaseItemStep } from "../steps/delete-purchase-item"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"

export type RemoveCustomerPurchaseItemWorkflowInput = {
  purchase_id: string
  item_id: string
  actor_id?: string
}

export const removeCustomerPurchaseItemWorkflowId = "remove-customer-purchase-item"

/** Removes an item from a purchase that has not been paid out yet. */
export const removeCustomerPurchaseItemWorkflow = createWorkflow(
  removeCustomerPurchaseItemWorkflowId,
  (input: WorkflowData<RemoveCustomerPurchaseItemWorkflowInput>) => {
    // The payout's lock: removing an item and a payout never interleave.
    acquireLockStep({ key: input.purchase_id, timeout: 10, ttl: 60 })
    const item = getPurchaseItemStep({
      purchase_id: input.purchase_id,
      item_id: input.item_id,
    })
    validatePurchaseStateStep({
      purchase: transform({ item }, ({ item }) => item.purchase),
      allowed: ["draft"],
      action: "have items removed",
    })

    deletePurchaseItemStep({ id: input.item_id, purchase_id: input.purchase_id })

    createPurchaseActivitiesStep(
      transform({ input, item }, ({ input, item }) => [
        {
          purchase_id: input.purchase_id,
          item_id: input.item_id,
          type: "item_removed",
          actor_id: input.actor_id ?? null,
          note: item.title,
        },
      ])
    )

    releaseLockStep({ key: input.purchase_id })

    return new WorkflowResponse({ id: input.item_id, object: "customer_purchase_item", deleted: true })
  }
)
