import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type CloseItemDepositStepInput = {
  id: string
  type: "conversion" | "refund" | "cancellation"
  note?: string | null
  reference?: string | null
  actor_id?: string | null
}

export const closeItemDepositStepId = "close-item-deposit"

/**
 * Closes a deposit for all that is left of it (under a row lock, see the
 * module). Compensation appends a reversal entry: the ledger is never edited.
 */
export const closeItemDepositStep = createStep(
  closeItemDepositStepId,
  async (input: CloseItemDepositStepInput, { container }) => {
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const closed = await service.closeDeposit(input.id, input)
    return new StepResponse(closed, {
      deposit_id: closed.deposit_id,
      transaction_id: closed.transaction.id as string,
      previous_status: closed.previous_status,
    })
  },
  async (closing, { container }) => {
    if (!closing) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.reverseClosing(closing)
  }
)
