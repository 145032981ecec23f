import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentShopper } from "../../utils/shopper-context"
import { syncCartItemDepositsWorkflow } from "../item-deposit/workflows/sync-cart-item-deposits"
import { cartCreditLines } from "../item-deposit/utils/plan-cart-deposit-lines"

/**
 * Keeps a cart's item-deposit credit lines right on every cart change.
 *
 * This hook runs inside every core cart change (create, add, update and
 * delete line items, update cart, customer transfer, shipping, promotions),
 * under the cart's lock, after tax lines are refreshed and before the
 * loyalty plugin's gift-card refresh and the payment collection's refresh:
 * so the response the storefront gets, the cart total and the payment
 * amount all include the deposits at once. Core computes this change's
 * promotions just after this hook; the sync prices the cart with those same
 * promotions first (see utils/price-cart-after-promotions.ts). The hook
 * must return a record: it is the promotion context.
 */
updateCartPromotionsWorkflow.hooks.setPromotionContext(
  async ({ cart, action, promo_codes }, { container, ...sharedContext }) => {
    const { result } = await syncCartItemDepositsWorkflow(container).run({
      input: { cart: cart as any, action, promo_codes, shopper: currentShopper() ?? null },
      // Events wait for the cart flow: released only when it succeeds.
      context: { ...(sharedContext as any), preventReleaseEvents: true },
    })
    return new StepResponse({}, {
      deleted: result.deleted as string[],
      created: ((result.created ?? []) as { id: string }[]).map((line) => line.id),
    })
  },
  async (sync, { container }) => {
    if (!sync) {
      return
    }
    const lines = cartCreditLines(container)
    if (sync.created.length) {
      await lines.softDeleteCreditLines(sync.created)
    }
    if (sync.deleted.length) {
      await lines.restoreCreditLines(sync.deleted)
    }
  }
)
