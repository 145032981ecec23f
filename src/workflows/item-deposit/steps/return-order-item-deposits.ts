import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"

export type ReturnOrderItemDepositsStepInput = {
  order_id: string
  to: "deposit" | "store_credit"
  note: string
  /** For store credit: the account credited. */
  reference?: string | null
  deposits: { deposit_id: string; returned_amount: BigNumberInput; amount: BigNumberInput }[]
}

export const returnOrderItemDepositsStepId = "return-order-item-deposits"

/**
 * Writes the deposits' return entries (and, for store credit, the matching
 * conversion entries) in one transaction, under row locks: all or nothing,
 * and exactly the planned amounts (a concurrent run that wrote first fails
 * this one, so the store credit and credit lines before it are
 * compensated). The workflow's last writing step: nothing after it can fail
 * and leave it half-done, so it has no compensation.
 */
export const returnOrderItemDepositsStep = createStep(
  returnOrderItemDepositsStepId,
  async (input: ReturnOrderItemDepositsStepInput, { container }) => {
    if (!input.deposits.length) {
      return new StepResponse([])
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const returned = await service.returnManyFromOrder(
      input.deposits.map((d) => ({
        order_id: input.order_id,
        deposit_id: d.deposit_id,
        returned_amount: d.returned_amount,
        expected_amount: d.amount,
        to: input.to,
        note: input.note,
        reference: input.reference ?? null,
      }))
    )
    return new StepResponse(returned)
  }
)
