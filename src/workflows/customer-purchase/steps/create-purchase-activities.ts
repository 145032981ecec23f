import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseActivityEntry } from "../../../modules/customer-purchase/service"

export type PurchaseActivityInput = PurchaseActivityEntry

export const createPurchaseActivitiesStepId = "create-purchase-activities"

/**
 * Appends entries to the activity log. It has no compensation on purpose:
 * the log is append-only (the database rejects deletes), so workflows call
 * this step after every step that can fail.
 */
export const createPurchaseActivitiesStep = createStep(
  createPurchaseActivitiesStepId,
  async (entries: PurchaseActivityInput[], { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    // Entries written together share one transaction time; a millisecond
    // apart each, the log reads back in the order they were given.
    const now = Date.now()
    const created = await service.appendActivities(
      entries.map((entry, i) => ({ ...entry, created_at: new Date(now + i) }))
    )
    return new StepResponse(created)
  }
)
