import type { MedusaContainer } from "@medusajs/framework/types"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { cartsWithOrders } from "./order-cart"
import { emitDepositEvents } from "./deposit-events"

/** Long enough that no checkout still in progress is mistaken for a dead one. */
export const ABANDONED_AFTER_MS = 15 * 60 * 1000

/**
 * Deposits are applied before the order exists (in the cart completion's
 * validate hook), so a process that dies between the two leaves money
 * applied to a cart that never became an order. This finds such carts and
 * releases what they hold. A cart with an order is never touched: the
 * order_cart link is written by the same completion that creates the order.
 */
export async function releaseAbandonedApplications(
  container: MedusaContainer,
  { olderThanMs = ABANDONED_AFTER_MS } = {}
) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const open = await service.listOpenApplications({
    applied_before: new Date(Date.now() - olderThanMs),
  })
  const cartIds = [...new Set(open.map((a) => a.cart_id))]
  const withOrders = await cartsWithOrders(container, cartIds)

  const released: any[] = []
  for (const cartId of cartIds.filter((id) => !withOrders.has(id))) {
    released.push(
      ...(await service.releaseFromCart({
        cart_id: cartId,
        note: "The checkout never became an order",
      }))
    )
  }
  await emitDepositEvents(container, ItemDepositEvents.RELEASED, released)
  return released
}
