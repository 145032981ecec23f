import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createPurchaseActivitiesStep } from "../../customer-purchase/steps/create-purchase-activities"
import { getPurchaseItemStep } from "../../customer-purchase/steps/get-purchase-item"
import { setPoliceHoldStep } from "../steps/set-police-hold"

export type SetPoliceHoldWorkflowInput = {
  purchase_id: string
  item_id: string
  /** true: keep the item held indefinitely; false: back to its release date. */
  on: boolean
  reason?: string | null
  actor_id?: string
}

export const setPoliceHoldWorkflowId = "set-police-hold"

/**
 * A police hold keeps an item's hold (and its inventory reservation) past
 * its release date until it is lifted; both are logged with the reason.
 */
export const setPoliceHoldWorkflow = createWorkflow(
  setPoliceHoldWorkflowId,
  (input: WorkflowData<SetPoliceHoldWorkflowInput>) => {
    getPurchaseItemStep({ purchase_id: input.purchase_id, item_id: input.item_id })
    const hold = setPoliceHoldStep({ item_id: input.item_id, on: input.on, reason: input.reason })
    createPurchaseActivitiesStep(
      transform({ input, hold }, ({ input, hold }) => [
        {
          purchase_id: input.purchase_id,
          item_id: input.item_id,
          type: input.on ? "police_hold_placed" : "police_hold_lifted",
          actor_id: input.actor_id ?? null,
          note: input.reason ?? null,
          data: { hold_id: hold.id, release_at: new Date(hold.release_at).toISOString() },
        },
      ])
    )
    return new WorkflowResponse(hold)
  }
)
