import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type ClaimItemDepositStepInput = { claim_code: string; customer_id: string }

export const claimItemDepositStepId = "claim-item-deposit"

export const claimItemDepositStep = createStep(
  claimItemDepositStepId,
  async (input: ClaimItemDepositStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const { deposit, previous_customer_id } = await service.claimDeposit(input)
    return new StepResponse(deposit, { id: deposit.id, previous_customer_id })
  },
  async (claim, { container }) => {
    if (!claim) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.updateItemDeposits({
      id: claim.id,
      customer_id: claim.previous_customer_id,
      claimed_at: null,
    })
  }
)
