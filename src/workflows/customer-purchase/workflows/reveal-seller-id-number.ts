import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { openIdDocumentStep } from "../../compliance/steps/open-id-document"

export type RevealSellerIdNumberWorkflowInput = {
  purchase_id: string
  reason?: string | null
  actor_id?: string
}

export const revealSellerIdNumberWorkflowId = "reveal-seller-id-number"

/**
 * Returns the seller's full ID number and logs who asked for it: the only
 * way the full number leaves the database.
 */
export const revealSellerIdNumberWorkflow = createWorkflow(
  revealSellerIdNumberWorkflowId,
  (input: WorkflowData<RevealSellerIdNumberWorkflowInput>) => {
    const { data: purchases } = useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id", "id_document_type", "id_document_number", "id_document_expires_at"],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })

    createPurchaseActivitiesStep(
      transform({ input }, ({ input }) => [
        {
          purchase_id: input.purchase_id,
          type: "id_revealed",
          actor_id: input.actor_id ?? null,
          note: input.reason ?? null,
        },
      ])
    )

    return new WorkflowResponse(
      openIdDocumentStep(
        transform({ purchases }, ({ purchases }) => ({
          id_document_type: purchases[0].id_document_type,
          id_document_number: purchases[0].id_document_number,
          id_document_expires_at: purchases[0].id_document_expires_at,
        }))
      )
    )
  }
)
