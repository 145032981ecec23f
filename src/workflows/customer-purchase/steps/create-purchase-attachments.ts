import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type CreatePurchaseAttachmentsStepInput = {
  purchase_id: string
  file_id: string
  filename: string
  mime_type: string
  size: number
  kind: string
  uploaded_by?: string | null
}[]

export const createPurchaseAttachmentsStepId = "create-purchase-attachments"

export const createPurchaseAttachmentsStep = createStep(
  createPurchaseAttachmentsStepId,
  async (input: CreatePurchaseAttachmentsStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const created = await service.createPurchaseAttachments(input as any[])
    return new StepResponse(
      created,
      created.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    await service.deletePurchaseAttachments(ids)
  }
)
