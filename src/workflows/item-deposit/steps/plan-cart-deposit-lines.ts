import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CartDepositLinesInput, planCartDepositLines } from "../utils/plan-cart-deposit-lines"

export const planCartDepositLinesStepId = "plan-cart-deposit-lines"

/** Works out the credit-line changes a cart change needs (reads only). */
export const planCartDepositLinesStep = createStep(
  planCartDepositLinesStepId,
  async (input: CartDepositLinesInput, { container }) => {
    return new StepResponse(await planCartDepositLines(container, input))
  }
)
