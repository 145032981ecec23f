import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { withoutIdNumber } from "../../../utils/mask-id-number"

export const createCustomerPurchaseStepId = "create-customer-purchase"

export const createCustomerPurchaseStep = createStep(
  createCustomerPurchaseStepId,
  async (input: Record<string, unknown>, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    // Compliance: the full ID number is stored sealed (AES-256-GCM, README "Compliance").
    const sealed = "id_document_number" in input ? { id_document_number: service.sealIdNumber(input.id_document_number as string | null) } : {}
    const purchase = await service.createPurchaseWithItems({ ...input, ...sealed })
    // The output is kept in the workflow's checkpoint and handed to callers:
    // never the full ID number.
    return new StepResponse(withoutIdNumber(purchase), purchase.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const items = await service.listCustomerPurchaseItems({ purchase_id: id })
    await service.deleteCustomerPurchaseItems(items.map((i) => i.id))
    await service.deleteCustomerPurchases(id)
  }
)
