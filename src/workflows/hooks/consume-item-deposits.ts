import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../modules/item-deposit"
import type ItemDepositModuleService from "../../modules/item-deposit/service"
import { validateDepositLines } from "../item-deposit/utils/validate-deposit-lines"

/**
 * Consumes the cart's item deposits as the order is placed.
 *
 * `validate` runs under the cart's lock, after the cart is read and before
 * the order is created from that same snapshot, so the deposit lines checked
 * here are exactly the credit lines the order will carry. Stale lines (the
 * cart changed after they were computed) are refused with a message telling
 * the storefront to refresh the cart; then the deposits are applied under
 * row locks, which is what stops two checkouts spending one deposit. If a
 * later step fails (payment authorization, for one), the compensation
 * releases what this attempt applied, and nothing else.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const lines = await validateDepositLines(container, cart as any)
    if (!lines.length) {
      return new StepResponse(undefined)
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const applied = await service.applyToCart({
      cart_id: cart.id,
      customer_id: (cart as any).customer_id,
      lines,
    })
    return new StepResponse(undefined, {
      cart_id: cart.id,
      deposit_ids: applied.map((entry: any) => entry.deposit_id as string),
    })
  },
  async (attempt, { container }) => {
    if (!attempt?.deposit_ids?.length) {
      return
    }
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    await service.releaseFromCart({
      cart_id: attempt.cart_id,
      deposit_ids: attempt.deposit_ids,
      note: "The checkout did not complete",
    })
  }
)
