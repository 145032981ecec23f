import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export const getItemDepositSettingsStepId = "get-item-deposit-settings"

/** The merchant's deposit settings (defaults when never saved). */
export const getItemDepositSettingsStep = createStep(getItemDepositSettingsStepId, async (_: void, { container }) => {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  return new StepResponse(await service.retrieveDepositSettings())
})
