import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { BigNumber, ChangeActionType, MathBN, OrderChangeType } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { createOrderChangeActionsWorkflow, createOrderChangeStep } from "@medusajs/medusa/core-flows"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE } from "../../../types/item-deposit"
import { confirmOrderChangeStep } from "../steps/confirm-order-change"

export type AddOrderDepositCreditLinesWorkflowInput = {
  order_id: string
  /** One negative credit line a deposit: `amount` is the (positive) share it settles. */
  credit_lines: { deposit_id: string; amount: BigNumberInput }[]
}

export const addOrderDepositCreditLinesWorkflowId = "add-order-item-deposit-credit-lines"

/**
 * Adds NEGATIVE order credit lines (`reference: "item-deposit"`,
 * `reference_id` the deposit) through a confirmed credit-line order change:
 * they tell Medusa that this share of what the merchant owes the customer
 * was settled by the deposit coming back, so the refund it suggests is the
 * card-paid part only. Built from core's pieces the way core's
 * createOrderCreditLinesWorkflow is, but not that workflow: the loyalty
 * plugin's creditLinesCreated hook would turn these lines into store credit.
 * The caller caps the amounts at the order's negative pending difference.
 * Every step compensates (the change is undone and deleted).
 */
export const addOrderDepositCreditLinesWorkflow = createWorkflow(
  addOrderDepositCreditLinesWorkflowId,
  (input: WorkflowData<AddOrderDepositCreditLinesWorkflowInput>) => {
    const orderChange = createOrderChangeStep(
      transform({ input }, ({ input }) => ({
        change_type: OrderChangeType.CREDIT_LINE,
        order_id: input.order_id,
        description: "Item deposit share returned with items that left the order",
      }))
    )
    createOrderChangeActionsWorkflow.runAsStep({
      input: transform({ input, orderChange }, ({ input, orderChange }) =>
        input.credit_lines.map((line) => ({
          order_change_id: orderChange.id,
          order_id: input.order_id,
          version: orderChange.version,
          action: ChangeActionType.CREDIT_LINE_ADD,
          reference: ITEM_DEPOSIT_CREDIT_LINE_REFERENCE,
          reference_id: line.deposit_id,
          amount: new BigNumber(MathBN.mult(line.amount, -1)),
        }))
      ),
    })
    const confirmed = confirmOrderChangeStep(
      transform({ input, orderChange }, ({ input, orderChange }) => ({
        order_id: input.order_id,
        order_change_id: orderChange.id,
      }))
    )
    return new WorkflowResponse(confirmed)
  }
)
