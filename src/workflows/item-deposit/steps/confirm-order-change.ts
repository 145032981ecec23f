import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type ConfirmOrderChangeStepInput = { order_id: string; order_change_id: string; confirmed_by?: string }

export const confirmOrderChangeStepId = "confirm-item-deposit-order-change"

/**
 * Confirms one order change, as core's confirm-order-changes step does (core
 * does not export that step): the order moves to the change's version.
 * Compensation undoes the order's last change.
 */
export const confirmOrderChangeStep = createStep(
  confirmOrderChangeStepId,
  async (input: ConfirmOrderChangeStepInput, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const confirmed = await orderModule.confirmOrderChange({ id: input.order_change_id, confirmed_by: input.confirmed_by })
    return new StepResponse(confirmed, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const orderModule = container.resolve(Modules.ORDER)
    await orderModule.undoLastChange(input.order_id, {
      id: input.order_change_id,
      confirmed_by: input.confirmed_by,
    } as any)
  }
)
