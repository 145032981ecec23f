import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type TopUpItemDepositStepInput = {
  id: string
  amount_per_unit: any
  payment_method: string
  reference?: string | null
  idempotency_key?: string | null
  actor_id?: string | null
}

export const topUpItemDepositStepId = "top-up-item-deposit"

/**
 * Records a further payment onto an active deposit (under its row lock, see
 * the module). Compensation appends a cancellation of the same amount; a
 * replayed request (same idempotency key) wrote nothing and undoes nothing.
 */
export const topUpItemDepositStep = createStep(
  topUpItemDepositStepId,
  async (input: TopUpItemDepositStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const { id, ...payment } = input
    const result = await service.topUpDeposit(id, payment)
    return new StepResponse(
      result,
      result.replayed
        ? undefined
        : {
            deposit_id: id,
            transaction_id: result.transaction.id as string,
            previous_amount_per_unit: String(result.previous_amount_per_unit),
          }
    )
  },
  async (topUp, { container }) => {
    if (!topUp) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.reverseTopUp(topUp)
  }
)
