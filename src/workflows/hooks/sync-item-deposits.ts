import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  syncCartDepositLines,
  undoCartDepositLineSync,
} from "../item-deposit/utils/sync-cart-deposit-lines"

/**
 * Keeps a cart's item-deposit credit lines right on every cart change.
 *
 * This hook runs inside every core cart change (create, add, update and
 * delete line items, customer transfer, promotions), after tax lines are
 * refreshed and before the payment collection is, so the response the
 * storefront gets, the cart total and the payment amount all include the
 * deposits at once. It must return a record: it is the promotion context.
 */
updateCartPromotionsWorkflow.hooks.setPromotionContext(
  async ({ cart }, { container }) => {
    const sync = await syncCartDepositLines(container, cart as any)
    return new StepResponse({}, sync)
  },
  async (sync, { container }) => {
    await undoCartDepositLineSync(container, sync as any)
  }
)
