import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseSettingsDTO } from "../../../types/customer-purchase"
import {
  resolveStockingTarget,
  type StockableItem,
  type StockingRequest,
} from "../utils/resolve-stocking-target"

export type ValidateItemsStockingStepInput = {
  items: StockableItem[]
  /** One per item, in the same order. */
  requests: StockingRequest[]
  settings: PurchaseSettingsDTO
}

export const validateItemsStockingStepId = "validate-items-stocking"

/**
 * The batch form of validateItemStockingStep: every item must be stockable,
 * or nothing is stocked. Returns each item's location and variant.
 */
export const validateItemsStockingStep = createStep(
  validateItemsStockingStepId,
  async ({ items, requests, settings }: ValidateItemsStockingStepInput) =>
    new StepResponse(items.map((item, i) => resolveStockingTarget(item, settings, requests[i])))
)
