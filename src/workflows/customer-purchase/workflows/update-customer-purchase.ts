import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validatePurchaseStateStep } from "../steps/validate-purchase-state"
import { updateCustomerPurchaseStep } from "../steps/update-customer-purchase"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import type { SellerInput } from "./create-customer-purchase"
import { withoutIdNumber } from "../../../utils/mask-id-number"

export type UpdateCustomerPurchaseWorkflowInput = {
  id: string
  seller?: SellerInput
  notes?: string | null
  metadata?: Record<string, unknown> | null
  actor_id?: string
}

export const updateCustomerPurchaseWorkflowId = "update-customer-purchase"

/**
 * Edits the seller's details and the general notes. Allowed until the
 * purchase is cancelled; the change is logged with the fields that changed.
 */
export const updateCustomerPurchaseWorkflow = createWorkflow(
  updateCustomerPurchaseWorkflowId,
  (input: WorkflowData<UpdateCustomerPurchaseWorkflowInput>) => {
    const { data: purchases } = useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id", "display_id", "status"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validatePurchaseStateStep({
      purchase: transform({ purchases }, ({ purchases }) => purchases[0]),
      allowed: ["draft", "paid", "completed"],
      action: "be edited",
    })

    const changes = transform({ input }, ({ input }) => {
      const seller = input.seller ?? {}
      const document = seller.id_document
      const fields: Record<string, unknown> = {
        seller_first_name: seller.first_name,
        seller_last_name: seller.last_name,
        seller_email: seller.email,
        seller_phone: seller.phone,
        seller_address: seller.address,
        seller_date_of_birth: seller.date_of_birth,
        notes: input.notes,
        metadata: input.metadata,
        ...(document !== undefined && {
          id_document_type: document?.type ?? null,
          id_document_number: document?.number ?? null,
          id_document_last4: document?.number?.slice(-4) ?? null,
          id_document_expires_at: document?.expires_at ?? null,
        }),
      }
      return Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== undefined)
      )
    })

    const purchase = updateCustomerPurchaseStep(
      transform({ input, changes }, ({ input, changes }) => ({
        id: input.id,
        ...changes,
      }))
    )

    createPurchaseActivitiesStep(
      transform({ input, changes }, ({ input, changes }) => [
        {
          purchase_id: input.id,
          type: "updated",
          actor_id: input.actor_id ?? null,
          // Field names only: the log must not copy the ID number around.
          data: { fields: Object.keys(changes) },
        },
      ])
    )

    return new WorkflowResponse(transform({ purchase }, ({ purchase }) => withoutIdNumber(purchase)))
  }
)
