import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export const getPurchaseSettingsStepId = "get-purchase-settings"

/** Reads the merchant's purchase settings (defaults when never saved). */
export const getPurchaseSettingsStep = createStep(
  getPurchaseSettingsStepId,
  async (_: void, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    return new StepResponse(await service.retrieveSettings())
  }
)
