import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type CreatePurchasePayoutStepInput = {
  purchase_id: string
  currency_code: string
  total: any
  paid_by?: string | null
  lines: {
    method_id: string
    method_name: string
    method_type: string
    amount: any
    reference?: string | null
    store_credit_account_id?: string | null
  }[]
}

export const createPurchasePayoutStepId = "create-purchase-payout"

/**
 * Records the payout. The unique index on purchase_id makes a second payout
 * for the same purchase fail in the database, whatever raced to get here.
 */
export const createPurchasePayoutStep = createStep(
  createPurchasePayoutStepId,
  async (input: CreatePurchasePayoutStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const { lines, ...payout } = input
    const created = await service.createPurchasePayouts({
      ...payout,
      lines,
    } as any)
    return new StepResponse(created, created.id)
  },
  async (payoutId, { container }) => {
    if (!payoutId) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(
      CUSTOMER_PURCHASE_MODULE
    )
    const lines = await service.listPurchasePayoutLines({ payout_id: payoutId })
    await service.deletePurchasePayoutLines(lines.map((line) => line.id))
    await service.deletePurchasePayouts(payoutId)
  }
)
