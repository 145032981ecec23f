import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { planCartDepositLinesStep } from "../steps/plan-cart-deposit-lines"
import type { CartDepositLinesInput } from "../utils/plan-cart-deposit-lines"

export const syncCartItemDepositsWorkflowId = "sync-cart-item-deposits"

/**
 * Makes a cart's item-deposit credit lines right for the cart as the
 * current change leaves it (see planCartDepositLines for the rules), with
 * core's own credit-line workflows. Runs inside core's cart flows, under
 * the cart's lock (workflows/hooks/sync-item-deposits.ts); its
 * item_deposit.applied events join the cart flow's event group, so they go
 * out only if the whole cart change succeeds.
 */
export const syncCartItemDepositsWorkflow = createWorkflow(
  syncCartItemDepositsWorkflowId,
  (input: WorkflowData<CartDepositLinesInput>) => {
    const plan = planCartDepositLinesStep(input)
    deleteCartCreditLinesWorkflow.runAsStep({ input: { id: plan.to_delete } })
    const created = createCartCreditLinesWorkflow.runAsStep({ input: plan.to_create as any })
    emitEventStep({ eventName: ItemDepositEvents.APPLIED, data: plan.applied })
    return new WorkflowResponse({ deleted: plan.to_delete, created })
  }
)
