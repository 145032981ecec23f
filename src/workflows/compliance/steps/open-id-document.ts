import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type OpenIdDocumentStepInput = {
  id_document_type: string | null
  id_document_number: string | null
  id_document_expires_at: Date | string | null
}

export const openIdDocumentStepId = "open-id-document"

/** The seller's ID document with the full number opened (decrypted) from its stored form. */
export const openIdDocumentStep = createStep(
  openIdDocumentStepId,
  async (input: OpenIdDocumentStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    return new StepResponse({
      id_document_type: input.id_document_type,
      id_document_number: service.openIdNumber(input.id_document_number),
      id_document_expires_at: input.id_document_expires_at,
    })
  }
)
