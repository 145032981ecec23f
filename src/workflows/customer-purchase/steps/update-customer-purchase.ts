import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import { withoutIdNumber } from "../../../utils/mask-id-number"

export type UpdateCustomerPurchaseStepInput = { id: string } & Record<
  string,
  unknown
>

export const updateCustomerPurchaseStepId = "update-customer-purchase"

/** Updates a purchase's own fields; compensation writes back the old values. */
export const updateCustomerPurchaseStep = createStep(
  updateCustomerPurchaseStepId,
  async (input: UpdateCustomerPurchaseStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveCustomerPurchase(input.id, {
      select: ["id", ...fields] as any,
    })
    // Compliance: the full ID number is stored sealed (AES-256-GCM, README "Compliance").
    const sealed = "id_document_number" in input ? { id_document_number: service.sealIdNumber(input.id_document_number as string | null) } : {}
    const updated = await service.updateCustomerPurchases({ ...input, ...sealed } as any)
    return new StepResponse(withoutIdNumber(updated), before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.updateCustomerPurchases(before as any)
  }
)
