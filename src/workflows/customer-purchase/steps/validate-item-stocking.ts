import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"
import {
  resolveStockingTarget,
  type StockableItem,
  type StockingRequest,
} from "../utils/resolve-stocking-target"

export type ValidateItemStockingStepInput = StockingRequest & {
  item: StockableItem
  settings: PurchaseSettingsDTO
}

export const validateItemStockingStepId = "validate-item-stocking"

/**
 * Checks that the item may be stocked and resolves where it goes and what it
 * becomes (see resolveStockingTarget).
 */
export const validateItemStockingStep = createStep(
  validateItemStockingStepId,
  async ({ item, settings, ...request }: ValidateItemStockingStepInput) =>
    new StepResponse(resolveStockingTarget(item, settings, request))
)
