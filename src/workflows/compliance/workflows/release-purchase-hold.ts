import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteReservationsStep } from "@medusajs/medusa/core-flows"
import { createPurchaseActivitiesStep } from "../../customer-purchase/steps/create-purchase-activities"
import { claimHoldForReleaseStep } from "../steps/claim-hold-for-release"

export type ReleasePurchaseHoldWorkflowInput = {
  hold_id: string
  /** The release job's clock (tests pass a later date instead of waiting). */
  now?: Date | string
}

export const releasePurchaseHoldWorkflowId = "release-purchase-hold"

/**
 * Ends a due hold: marks it released, deletes its inventory reservation (the
 * units become available to carts again) and logs it. A hold that is not
 * due, is under a police hold, or was released meanwhile is left alone and
 * the workflow returns null.
 */
export const releasePurchaseHoldWorkflow = createWorkflow(
  releasePurchaseHoldWorkflowId,
  (input: WorkflowData<ReleasePurchaseHoldWorkflowInput>) => {
    const claimed = claimHoldForReleaseStep(
      transform({ input }, ({ input }) => ({ hold_id: input.hold_id, now: input.now ?? new Date() }))
    )

    when("hold-claimed", { claimed }, ({ claimed }) => !!claimed?.reservation_id).then(() => {
      deleteReservationsStep(transform({ claimed }, ({ claimed }) => [claimed!.reservation_id!]))
    })

    createPurchaseActivitiesStep(
      transform({ claimed }, ({ claimed }) =>
        claimed
          ? [
              {
                purchase_id: claimed.purchase_id,
                item_id: claimed.item_id,
                type: "hold_released",
                data: { hold_id: claimed.id, release_at: new Date(claimed.release_at).toISOString() },
              },
            ]
          : []
      )
    )

    return new WorkflowResponse(claimed)
  }
)
