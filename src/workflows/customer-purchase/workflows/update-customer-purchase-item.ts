import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { getPurchaseItemStep } from "../steps/get-purchase-item"
import { validatePurchaseItemUpdateStep } from "../steps/validate-purchase-item-update"
import { updatePurchaseItemStep } from "../steps/update-purchase-item"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { validateItemVariantsStep } from "../steps/validate-item-variants"
import type { PurchaseItemInput } from "../utils/build-purchase-items"
import { checkBlockedSerialsStep, type BlockedSerialOverride } from "../../compliance/steps/check-blocked-serials"
import { overrideActivities } from "../../compliance/utils/override-activities"

export type UpdateCustomerPurchaseItemWorkflowInput = {
  purchase_id: string
  item_id: string
  update: Partial<PurchaseItemInput>
  /** Set a serial that is on the blocked list anyway (logged with the reason). */
  blocked_serial_override?: BlockedSerialOverride | null
  actor_id?: string
}

export const updateCustomerPurchaseItemWorkflowId = "update-customer-purchase-item"

/** Edits an item's details; money fields only until the payout. */
export const updateCustomerPurchaseItemWorkflow = createWorkflow(
  updateCustomerPurchaseItemWorkflowId,
  (input: WorkflowData<UpdateCustomerPurchaseItemWorkflowInput>) => {
    // The payout's lock: an edit and a payout of one purchase never interleave.
    acquireLockStep({ key: input.purchase_id, timeout: 10, ttl: 60 })
    const item = getPurchaseItemStep({
      purchase_id: input.purchase_id,
      item_id: input.item_id,
    })
    validatePurchaseItemUpdateStep({ item, update: input.update })
    validateItemVariantsStep(
      transform({ input }, ({ input }) => ({ items: [{ variant_id: input.update.variant_id }], single: true }))
    )

    const blockedSerials = checkBlockedSerialsStep(
      transform({ input }, ({ input }) => ({
        serials: [{ serial_number: input.update.serial_number, field: "serial_number" }],
        override: input.blocked_serial_override,
      }))
    )

    const updated = updatePurchaseItemStep(
      transform({ input }, ({ input }) => ({
        id: input.item_id,
        ...input.update,
        // Checked again under the purchase's row lock (see updateItemOfPurchase).
        purchase_id: input.purchase_id,
      }))
    )

    createPurchaseActivitiesStep(
      transform({ input }, ({ input }) => [
        {
          purchase_id: input.purchase_id,
          item_id: input.item_id,
          type: "item_updated",
          actor_id: input.actor_id ?? null,
          data: { fields: Object.keys(input.update) },
        },
      ])
    )

    createPurchaseActivitiesStep(
      transform({ input, blockedSerials }, ({ input, blockedSerials }) =>
        overrideActivities(input.purchase_id, blockedSerials, [{ id: input.item_id, serial_number: input.update.serial_number }], input.blocked_serial_override, input.actor_id)
      )
    ).config({ name: "log-serial-overrides" })

    releaseLockStep({ key: input.purchase_id })

    return new WorkflowResponse(updated)
  }
)
