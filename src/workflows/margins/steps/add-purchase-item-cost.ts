import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { CUSTOMER_PURCHASE_MODULE } from "../../../modules/customer-purchase"
import type CustomerPurchaseModuleService from "../../../modules/customer-purchase/service"

export type AddPurchaseItemCostStepInput = {
  purchase_id: string
  item_id: string
  kind: "parts" | "labour" | "other"
  amount: number | string
  note?: string | null
  actor_id?: string | null
}

export const addPurchaseItemCostStepId = "add-purchase-item-cost"

/**
 * Adds the cost entry, sums it into the item's refurbishment_cost and
 * unit_cost and logs it (one module transaction). Compensation cannot
 * delete from an append-only ledger: it adds the opposite entry, which
 * takes the item's costs back to what they were.
 */
export const addPurchaseItemCostStep = createStep(
  addPurchaseItemCostStepId,
  async (input: AddPurchaseItemCostStepInput, { container }) => {
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    const added = await service.addItemCost(input)
    return new StepResponse(added, input)
  },
  async (input, { container }) => {
    if (!input) {
      return
    }
    const service: CustomerPurchaseModuleService = container.resolve(CUSTOMER_PURCHASE_MODULE)
    await service.addItemCost({
      ...input,
      amount: MathBN.mult(input.amount, -1).toString(),
      note: "Reversed: the request that added this cost failed",
      correction: true,
    })
  }
)
