import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ITEM_DEPOSIT_MODULE } from "../../modules/item-deposit"
import type ItemDepositModuleService from "../../modules/item-deposit/service"
import type { CartHoldChange } from "../../modules/item-deposit/service"
import { validateDepositLines } from "../item-deposit/utils/validate-deposit-lines"
import { validateOnlineDepositLines } from "../item-deposit/utils/validate-online-deposit-lines"
import {
  assertStockNotHeldForOthers,
  releaseDepositStockUnits,
  restoreDepositStockUnits,
  type DepositUnitsTaken,
  type StockUnitsReleased,
} from "../item-deposit/utils/deposit-stock"

/**
 * Takes the cart's item deposits as the order is placed.
 *
 * `validate` runs under the cart's lock, after the cart is read and before
 * the order is created from that same snapshot, so the deposit lines checked
 * here are exactly the credit lines the order will carry. Stale lines are
 * refused with a message telling the storefront to refresh the cart; then
 * the cart's holds on deposits are set to exactly those lines, under row
 * locks (what stops two checkouts spending one deposit). That also
 * reconciles what an earlier attempt that died left held on this cart, even
 * when the cart carries no deposit line any more. If a later step fails
 * (payment authorization, for one), the compensation puts the holds back as
 * they were before this attempt.
 *
 * Stock held for those deposits (hold_stock) is released here too, before
 * core reserves the order's items, so the owner's order gets the unit that
 * was kept for them; the compensation holds it again.
 *
 * A completed cart completed again (a storefront retry, a payment webhook
 * racing the storefront) is left alone: core answers with its order.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    if ((cart as any).completed_at) {
      return new StepResponse(undefined, { cart_id: cart.id, changes: [] as CartHoldChange[] })
    }
    const lines = await validateDepositLines(container, cart as any)
    await validateOnlineDepositLines(container, cart as any)
    await assertStockNotHeldForOthers(container, cart as any)
    const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
    const changes = await service.holdForCart({
      cart_id: cart.id,
      customer_id: (cart as any).customer_id ?? "",
      lines,
    })
    let stock: StockUnitsReleased = { whole: [], partial: [] }
    try {
      stock = lines.length ? await releaseDepositStockUnits(container, unitsTaken(cart as any, lines), "checkout") : stock
    } catch (error) {
      // A failing hook step is compensated without its output: undo here.
      await service.restoreCartHolds({ cart_id: cart.id, changes })
      throw error
    }
    return new StepResponse(undefined, { cart_id: cart.id, changes, stock })
  },
  async (
    attempt: { cart_id: string; changes: CartHoldChange[]; stock?: StockUnitsReleased } | undefined,
    { container }
  ) => {
    if (!attempt) {
      return
    }
    if (attempt.changes?.length) {
      const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
      await service.restoreCartHolds(attempt)
    }
    if (attempt.stock) {
      await restoreDepositStockUnits(container, attempt.stock)
    }
  }
)

/** How many units of each variant the cart's order takes, and the deposits paying (in line order). */
function unitsTaken(
  cart: { items?: { variant_id?: string | null; quantity: any }[] | null },
  lines: { deposit_id: string; variant_id: string }[]
): DepositUnitsTaken {
  const units_by_variant: Record<string, number> = {}
  for (const item of cart.items ?? []) {
    if (item.variant_id) units_by_variant[item.variant_id] = (units_by_variant[item.variant_id] ?? 0) + Number(item.quantity)
  }
  return { deposits: lines, units_by_variant }
}
