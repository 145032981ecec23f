import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import type { ItemDepositSettingsDTO } from "../../../types/item-deposit"

export const saveItemDepositSettingsStepId = "save-item-deposit-settings"

/** Saves the deposit settings; compensation writes the previous ones back. */
export const saveItemDepositSettingsStep = createStep(
  saveItemDepositSettingsStepId,
  async (input: Partial<Omit<ItemDepositSettingsDTO, "id">>, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const previous = await service.retrieveDepositSettings()
    return new StepResponse(await service.saveDepositSettings(input), previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const { id, ...fields } = previous
    await service.saveDepositSettings(fields)
  }
)
