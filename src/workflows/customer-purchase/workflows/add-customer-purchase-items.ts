import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { getPurchaseSettingsStep } from "../steps/get-purchase-settings"
import { validatePurchaseStateStep } from "../steps/validate-purchase-state"
import { createPurchaseItemsStep } from "../steps/create-purchase-items"
import { createPurchaseActivitiesStep } from "../steps/create-purchase-activities"
import { validateItemVariantsStep } from "../steps/validate-item-variants"
import { buildPurchaseItems, PurchaseItemInput } from "../utils/build-purchase-items"
import { checkBlockedSerialsStep, type BlockedSerialOverride } from "../../compliance/steps/check-blocked-serials"
import { overrideActivities } from "../../compliance/utils/override-activities"
import { serialFields } from "../../compliance/utils/serial-fields"

export type AddCustomerPurchaseItemsWorkflowInput = {
  purchase_id: string
  items: PurchaseItemInput[]
  /** Buy items whose serial is on the blocked list anyway (logged with the reason). */
  blocked_serial_override?: BlockedSerialOverride | null
  actor_id?: string
}

export const addCustomerPurchaseItemsWorkflowId = "add-customer-purchase-items"

/** Adds items to a purchase that has not been paid out yet. */
export const addCustomerPurchaseItemsWorkflow = createWorkflow(
  addCustomerPurchaseItemsWorkflowId,
  (input: WorkflowData<AddCustomerPurchaseItemsWorkflowInput>) => {
    // The payout's lock: adding items and a payout never interleave.
    acquireLockStep({ key: input.purchase_id, timeout: 10, ttl: 60 })
    const { data: purchases } = useQueryGraphStep({
      entity: "customer_purchase",
      fields: ["id", "display_id", "status"],
      filters: { id: input.purchase_id },
      options: { throwIfKeyNotFound: true },
    })
    validatePurchaseStateStep({
      purchase: transform({ purchases }, ({ purchases }) => purchases[0]),
      allowed: ["draft"],
      action: "have items added",
    })
    validateItemVariantsStep(transform({ input }, ({ input }) => ({ items: input.items })))
    const blockedSerials = checkBlockedSerialsStep(
      transform({ input }, ({ input }) => ({ serials: serialFields(input.items), override: input.blocked_serial_override }))
    )
    const settings = getPurchaseSettingsStep()

    const items = createPurchaseItemsStep(
      transform({ input, settings }, ({ input, settings }) =>
        buildPurchaseItems(input.items, settings, input.purchase_id)
      )
    )

    createPurchaseActivitiesStep(
      transform({ input, items }, ({ input, items }) =>
        items.map((item) => ({
          purchase_id: input.purchase_id,
          item_id: item.id,
          type: "item_added",
          actor_id: input.actor_id ?? null,
          to_status: item.status,
          note: item.title,
        }))
      )
    )

    createPurchaseActivitiesStep(
      transform({ input, items, blockedSerials }, ({ input, items, blockedSerials }) =>
        overrideActivities(input.purchase_id, blockedSerials, items, input.blocked_serial_override, input.actor_id)
      )
    ).config({ name: "log-serial-overrides" })

    releaseLockStep({ key: input.purchase_id })

    return new WorkflowResponse(items)
  }
)
