import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type SetPoliceHoldStepInput = { item_id: string; on: boolean; reason?: string | null }

export const setPoliceHoldStepId = "set-police-hold"

/** Turns an active hold's police hold on or off; compensation restores it. */
export const setPoliceHoldStep = createStep(
  setPoliceHoldStepId,
  async (input: SetPoliceHoldStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const { before, after } = await service.setPoliceHold(input.item_id, input)
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.restoreHold(before as any)
  }
)
