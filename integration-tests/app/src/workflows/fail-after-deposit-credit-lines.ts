import { createStep, createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderDepositCreditLinesWorkflow } from "../../../../.medusa/server/src/workflows"

/**
 * For the compensation test: adds deposit credit lines to an order, then
 * fails, so the credit-line order change must be undone.
 */
const failStep = createStep("test-fail-after-deposit-credit-lines-step", async () => {
  throw new Error("Injected failure after the deposit credit lines")
})

export const failAfterDepositCreditLinesWorkflow = createWorkflow(
  "test-fail-after-deposit-credit-lines",
  (input: WorkflowData<{ order_id: string; credit_lines: { deposit_id: string; amount: number }[] }>) => {
    addOrderDepositCreditLinesWorkflow.runAsStep({ input })
    failStep()
    return new WorkflowResponse(undefined)
  }
)
