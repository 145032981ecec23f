import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateItemDepositStep } from "../steps/update-item-deposit"
import { validateItemDepositOpenStep } from "../steps/validate-item-deposit-open"

export type UpdateItemDepositWorkflowInput = {
  id: string
  special_order?: boolean
  special_order_note?: string | null
  expected_at?: Date | string | null
  payment_reference?: string | null
  expires_at?: Date | string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

export const updateItemDepositWorkflowId = "update-item-deposit"

/** Edits a deposit's special-order details, notes and payment reference. */
export const updateItemDepositWorkflow = createWorkflow(
  updateItemDepositWorkflowId,
  (input: WorkflowData<UpdateItemDepositWorkflowInput>) => {
    const { data: deposits } = useQueryGraphStep({
      entity: "item_deposit",
      fields: ["id", "display_id", "status"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })
    validateItemDepositOpenStep({ deposit: deposits as any })
    // A new expiry date gets its own reminder and expiry run.
    const changes = transform({ input }, ({ input }) =>
      input.expires_at !== undefined
        ? { ...input, expiry_reminded_at: null, expired_at: null, expiry_outcome: null }
        : input
    )
    return new WorkflowResponse(updateItemDepositStep(changes))
  }
)
