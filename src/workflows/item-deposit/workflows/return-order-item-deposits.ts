import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { getPurchaseSettingsStep } from "../../customer-purchase/steps/get-purchase-settings"
import { creditCustomerStoreCreditWorkflow } from "../../store-credit/workflows/credit-customer-store-credit"
import { planOrderDepositReturnsStep } from "../steps/plan-order-deposit-returns"
import { returnOrderItemDepositsStep } from "../steps/return-order-item-deposits"
import { addOrderDepositCreditLinesWorkflow } from "./add-order-deposit-credit-lines"

export type ReturnOrderItemDepositsWorkflowInput = {
  order_id: string
  /** What made items leave the order, for the ledger: "return received", "order edit", … */
  reason?: string
}

export const returnOrderItemDepositsWorkflowId = "return-order-item-deposits"

/**
 * Brings back the deposits' share of items that left an order (returns
 * received, claims, exchanges, order edits), computed from the order as it
 * is now, exactly once:
 * 1. under a lock on the order, plan each deposit's share not yet returned;
 * 2. add negative "item-deposit" order credit lines for it (within what the
 *    order owes the customer), so Medusa suggests refunding only the
 *    card-paid part;
 * 3. with the merchant's rule `store_credit`, credit it to the customer's
 *    store credit;
 * 4. write the deposits' ledger (return, and conversion for store credit)
 *    under row locks: for exactly the planned amounts, or the run fails and
 *    steps 2-3 are compensated;
 * 5. emit item_deposit.returned per deposit.
 * A redelivered event plans nothing and changes nothing.
 */
export const returnOrderItemDepositsWorkflow = createWorkflow(
  returnOrderItemDepositsWorkflowId,
  (input: WorkflowData<ReturnOrderItemDepositsWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) => `item-deposit-returns:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const plan = planOrderDepositReturnsStep({ order_id: input.order_id })
    const settings = getPurchaseSettingsStep()

    const details = transform({ plan, settings, input }, ({ plan, settings, input }) => {
      const to = settings.deposit_return_rule === "store_credit" ? ("store_credit" as const) : ("deposit" as const)
      const orderLabel = plan.order.display_id != null ? `#${plan.order.display_id}` : plan.order.id
      const total = new BigNumber(plan.shares.reduce((sum, s) => MathBN.add(sum, s.amount), MathBN.convert(0)))
      return {
        to,
        note: `Items left order ${orderLabel}${input.reason ? ` (${input.reason})` : ""}`,
        total,
        credit_lines: plan.credit_lines_skipped
          ? []
          : plan.shares
              .filter((s) => MathBN.gt(s.credit_line_amount, 0))
              .map((s) => ({ deposit_id: s.deposit_id, amount: s.credit_line_amount })),
        to_store_credit: to === "store_credit" && MathBN.gt(total, 0) && !!plan.customer_id,
      }
    })

    when("add-deposit-credit-lines", { details }, ({ details }) => details.credit_lines.length > 0).then(() =>
      addOrderDepositCreditLinesWorkflow.runAsStep({
        input: transform({ input, details }, ({ input, details }) => ({
          order_id: input.order_id,
          credit_lines: details.credit_lines,
        })),
      })
    )

    const account = when("credit-returned-deposits", { details }, ({ details }) => details.to_store_credit).then(() =>
      creditCustomerStoreCreditWorkflow.runAsStep({
        input: transform({ plan, details }, ({ plan, details }) => ({
          customer_id: plan.customer_id!,
          currency_code: plan.order.currency_code,
          amount: details.total,
          reference: "item_deposit_return",
          reference_id: plan.order.id,
          note: `${details.note}: item deposit share returned`,
        })),
      })
    )

    const returned = returnOrderItemDepositsStep(
      transform({ input, plan, details, account }, ({ input, plan, details, account }) => ({
        order_id: input.order_id,
        // Without a customer (or an account) there is no store credit to
        // credit: the share stays on the deposit.
        to: details.to_store_credit && account ? details.to : ("deposit" as const),
        note: details.note,
        reference: account?.id ?? null,
        deposits: plan.shares.map((s) => ({ deposit_id: s.deposit_id, returned_amount: s.returned_amount, amount: s.amount })),
      }))
    )

    when("emit-deposits-returned", { returned }, ({ returned }) => returned.length > 0).then(() =>
      emitEventStep({
        eventName: ItemDepositEvents.RETURNED,
        data: transform({ input, returned, details, account }, ({ input, returned, details, account }) =>
          returned.map((r) => ({
            id: r.deposit_id,
            amount: r.amount,
            order_id: input.order_id,
            to: details.to_store_credit && account ? details.to : "deposit",
            ...(details.to_store_credit && account ? { store_credit_account_id: account.id } : {}),
          }))
        ),
      })
    )

    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(returned)
  }
)
