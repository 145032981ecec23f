import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"

export type SavePurchaseSettingsStepInput = Partial<
  Omit<PurchaseSettingsDTO, "id">
>

export const savePurchaseSettingsStepId = "save-purchase-settings"

export const savePurchaseSettingsStep = createStep(
  savePurchaseSettingsStepId,
  async (input: SavePurchaseSettingsStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const previous = await service.retrieveSettings()
    const saved = await service.saveSettings(input)
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const { id, ...fields } = previous
    await service.saveSettings(fields)
  }
)
