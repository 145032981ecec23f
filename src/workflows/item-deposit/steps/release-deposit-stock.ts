import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseDepositStock } from "../utils/deposit-stock"

export const releaseDepositStockStepId = "release-deposit-stock"

/** Gives back the stock held for a deposit that closed (the last step of the closing). */
export const releaseDepositStockStep = createStep(
  releaseDepositStockStepId,
  async (input: { deposit_id: string; reason: string }, { container }) =>
    new StepResponse(await releaseDepositStock(container, input.deposit_id, input.reason))
)
