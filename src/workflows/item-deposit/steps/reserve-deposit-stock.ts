import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reserveDepositStock, releaseDepositStock } from "../utils/deposit-stock"

export const reserveDepositStockStepId = "reserve-deposit-stock"

/** Holds the deposit's units in stock when the settings ask for it; compensation releases them. */
export const reserveDepositStockStep = createStep(
  reserveDepositStockStepId,
  async (input: { deposit_id: string; enabled: boolean }, { container }) => {
    const rows: any[] = input.enabled ? await reserveDepositStock(container, input.deposit_id) : []
    return new StepResponse(rows, rows.length ? input.deposit_id : "")
  },
  async (depositId, { container }) => {
    if (depositId) {
      await releaseDepositStock(container, depositId, "The workflow that held it failed")
    }
  }
)
