import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { getPurchaseItemStep } from "../steps/get-purchase-item"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"

export type AddCustomerPurchaseNoteWorkflowInput = {
  purchase_id: string
  /** Set for a note about one item; otherwise the note is about the purchase. */
  item_id?: string | null
  note: string
  actor_id?: string
}

export const addCustomerPurchaseNoteWorkflowId = "add-customer-purchase-note"

/** Appends a note to the purchase's (or one item's) history. */
export const addCustomerPurchaseNoteWorkflow = createWorkflow(
  addCustomerPurchaseNoteWorkflowId,
  (input: WorkflowData<AddCustomerPurchaseNoteWorkflowInput>) => {
    useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id"],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })
    when("note-about-item", { input }, ({ input }) => !!input.item_id).then(() =>
      getPurchaseItemStep({ purchase_id: input.purchase_id, item_id: input.item_id! })
    )

    const activities = createPurchaseActivitiesStep(
      transform({ input }, ({ input }) => [
        {
          purchase_id: input.purchase_id,
          item_id: input.item_id ?? null,
          type: "note",
          actor_id: input.actor_id ?? null,
          note: input.note,
        },
      ])
    )

    return new WorkflowResponse(
      transform({ activities }, ({ activities }) => activities[0])
    )
  }
)
