import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { prepareCartDepositLineStep, type PrepareCartDepositLineInput } from "../steps/prepare-cart-deposit-line"

export type AddCartDepositLineWorkflowInput = PrepareCartDepositLineInput

export const addCartDepositLineWorkflowId = "add-cart-deposit-line"

/**
 * Puts an online deposit (amount per unit × units on a variant) or a top-up
 * of one of the customer's active deposits into their cart as a
 * custom-priced line, through core's addToCartWorkflow (cart lock, totals,
 * deposit sync and payment collection refresh as for any line). The deposit
 * itself is recorded once the order is placed and paid (see
 * subscribers/item-deposits-online-order-placed.ts).
 */
export const addCartDepositLineWorkflow = createWorkflow(
  addCartDepositLineWorkflowId,
  (input: WorkflowData<AddCartDepositLineWorkflowInput>) => {
    const line = prepareCartDepositLineStep(input)
    addToCartWorkflow.runAsStep({
      input: transform({ input, line }, ({ input, line }) => ({ cart_id: input.cart_id, items: [line as any] })),
    })
    return new WorkflowResponse(line)
  }
)
