import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { StockedItemUpdate } from "../../../modules/customer-purchase/service"

export const markItemsStockedStepId = "mark-items-stocked"

/**
 * Claims every item as stocked (with its variant, location, inventory item
 * and unit cost) under its row lock, in one transaction, or none: a second
 * request stocking any of them fails here, before inventory moves.
 * Compensation puts the items back as they were.
 */
export const markItemsStockedStep = createStep(
  markItemsStockedStepId,
  async (rows: StockedItemUpdate[], { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const before = await service.markItemsStocked(rows)
    const from = new Map(before.map((item) => [item.id, item.status]))
    return new StepResponse(
      rows.map((row) => ({ ...row, from_status: from.get(row.id)! })),
      before
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.restoreItems(before)
  }
)
