import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type UpdateItemDepositStepInput = { id: string } & Record<string, unknown>

export const updateItemDepositStepId = "update-item-deposit"

/** Updates a deposit's own fields; compensation writes back the old values. */
export const updateItemDepositStep = createStep(
  updateItemDepositStepId,
  async (input: UpdateItemDepositStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before = await service.retrieveItemDeposit(input.id, {
      select: ["id", ...fields] as any,
    })
    const updated = await service.updateItemDeposits(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.updateItemDeposits(before as any)
  }
)
