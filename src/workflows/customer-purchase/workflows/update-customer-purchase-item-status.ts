import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  CustomerPurchaseEvents,
  isFinalStatus,
} from "../../../types/customer-purchase"
import { getPurchaseItemStep } from "../steps/get-purchase-item"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { validateItemStatusChangeStep } from "../steps/validate-item-status-change"
import { transitionItemStatusStep } from "../steps/transition-item-status"
import { completePurchaseIfDoneStep } from "../steps/complete-purchase-if-done"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"

export type UpdateCustomerPurchaseItemStatusWorkflowInput = {
  purchase_id: string
  item_id: string
  status: string
  note?: string | null
  actor_id?: string
}

export const updateCustomerPurchaseItemStatusWorkflowId =
  "update-customer-purchase-item-status"

/**
 * Moves an item through refurbishment (or scraps it, or returns it to the
 * seller), logs the move with its note, and completes the purchase when this
 * was its last open item.
 */
export const updateCustomerPurchaseItemStatusWorkflow = createWorkflow(
  updateCustomerPurchaseItemStatusWorkflowId,
  (input: WorkflowData<UpdateCustomerPurchaseItemStatusWorkflowInput>) => {
    acquireLockStep({ key: input.item_id, timeout: 30, ttl: 60 })

    const item = getPurchaseItemStep({
      purchase_id: input.purchase_id,
      item_id: input.item_id,
    })
    const settings = getPurchaseSettingsStep()
    validateItemStatusChangeStep({ item, settings, status: input.status })

    const move = transitionItemStatusStep({ id: input.item_id, to: input.status })

    const completed = when(
      "complete-purchase-after-final-status",
      { input },
      ({ input }) => isFinalStatus(input.status)
    ).then(() => completePurchaseIfDoneStep(input.purchase_id))

    createPurchaseActivitiesStep(
      transform({ input, move, completed }, ({ input, move, completed }) => [
        {
          purchase_id: input.purchase_id,
          item_id: input.item_id,
          type: "status_changed",
          actor_id: input.actor_id ?? null,
          from_status: move.from,
          to_status: move.to,
          note: input.note ?? null,
        },
        ...(completed
          ? [
              {
                purchase_id: input.purchase_id,
                type: "completed",
                actor_id: input.actor_id ?? null,
                from_status: "paid",
                to_status: "completed",
              },
            ]
          : []),
      ])
    )

    emitEventStep({
      eventName: CustomerPurchaseEvents.ITEM_STATUS_CHANGED,
      data: transform({ input, move }, ({ input, move }) => ({
        id: input.item_id,
        purchase_id: input.purchase_id,
        from: move.from,
        to: move.to,
      })),
    }).config({ name: "emit-item-status-changed" })

    when("emit-purchase-completed", { completed }, ({ completed }) => !!completed).then(() =>
      emitEventStep({
        eventName: CustomerPurchaseEvents.COMPLETED,
        data: { id: input.purchase_id },
      }).config({ name: "emit-purchase-completed" })
    )

    releaseLockStep({ key: input.item_id })

    return new WorkflowResponse(move)
  }
)
