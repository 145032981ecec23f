import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export const createPurchaseItemsStepId = "create-purchase-items"

export const createPurchaseItemsStep = createStep(
  createPurchaseItemsStepId,
  async (items: Record<string, unknown>[], { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    // Items for an existing purchase are written under its row lock, after
    // checking it is still a draft (see addItemsToDraftPurchase).
    const purchaseId = items[0]?.purchase_id as string | undefined
    const created = !items.length
      ? []
      : purchaseId
        ? await service.addItemsToDraftPurchase(purchaseId, items)
        : await service.createCustomerPurchaseItems(items as any[])
    return new StepResponse(
      created,
      created.map((item) => item.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.deleteCustomerPurchaseItems(ids)
  }
)
