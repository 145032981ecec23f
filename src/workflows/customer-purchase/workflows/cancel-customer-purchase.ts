import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { CustomerPurchaseEvents } from "../../../types/customer-purchase"
import { transitionPurchaseStatusStep } from "../steps/transition-purchase-status"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { withoutIdNumber } from "../../../utils/mask-id-number"

export type CancelCustomerPurchaseWorkflowInput = {
  id: string
  reason?: string | null
  actor_id?: string
}

export const cancelCustomerPurchaseWorkflowId = "cancel-customer-purchase"

/** Cancels a purchase that has not been paid out yet. */
export const cancelCustomerPurchaseWorkflow = createWorkflow(
  cancelCustomerPurchaseWorkflowId,
  (input: WorkflowData<CancelCustomerPurchaseWorkflowInput>) => {
    acquireLockStep({ key: input.id, timeout: 30, ttl: 60 })

    const before = transitionPurchaseStatusStep({
      id: input.id,
      from: ["draft"],
      to: "cancelled",
      message:
        "The purchase is {status}: only a purchase that has not been paid out can be cancelled.",
    })

    createPurchaseActivitiesStep(
      transform({ input, before }, ({ input, before }) => [
        {
          purchase_id: input.id,
          type: "cancelled",
          actor_id: input.actor_id ?? null,
          from_status: before.status,
          to_status: "cancelled",
          note: input.reason ?? null,
        },
      ])
    )

    emitEventStep({
      eventName: CustomerPurchaseEvents.CANCELLED,
      data: { id: input.id },
    })

    releaseLockStep({ key: input.id })

    return new WorkflowResponse(transform({ before }, ({ before }) => withoutIdNumber(before)))
  }
)
