import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { consumeCartDeposits } from "./consume-cart-deposits"
import { emitDepositEvents } from "./deposit-events"

/** Long enough that no checkout still in progress is mistaken for a dead one. */
export const ABANDONED_AFTER_MS = 15 * 60 * 1000

/**
 * Deposits are held for a cart before its order exists (in the cart
 * completion's validate hook), so a process that dies between the two
 * leaves money held by a cart that never became an order, and one that dies
 * after the order but before order.placed was handled leaves it held by a
 * cart that did. This looks only at held applications older than
 * `olderThanMs` (a small indexed set, whatever the number of placed orders):
 * a cart with an order has its holds consumed by that order; any other has
 * them released. The cart's lock is taken first, so a checkout completing
 * that cart right now is waited for, not raced.
 */
export async function releaseAbandonedApplications(
  container: MedusaContainer,
  { olderThanMs = ABANDONED_AFTER_MS } = {}
) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const held = await service.listHeldApplications({
    updated_before: new Date(Date.now() - olderThanMs),
  })
  const cartIds = [...new Set(held.map((a: any) => a.cart_id as string))]
  const orders = await ordersOfCarts(container, cartIds)
  const locking = container.resolve(Modules.LOCKING)

  const released: any[] = []
  for (const cartId of cartIds) {
    await locking.execute(cartId, async () => {
      const orderId = orders.get(cartId)
      if (orderId) {
        await consumeCartDeposits(container, { cart_id: cartId, order_id: orderId })
      } else {
        released.push(
          ...(await service.releaseFromCart({ cart_id: cartId, note: "The checkout never became an order" }))
        )
      }
    }, { timeout: 30 })
  }
  await emitDepositEvents(container, ItemDepositEvents.RELEASED, released)
  return released
}

async function ordersOfCarts(container: MedusaContainer, cartIds: string[]) {
  if (!cartIds.length) {
    return new Map<string, string>()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id", "order_id"],
    filters: { cart_id: cartIds },
  })
  return new Map(data.map((row: any) => [row.cart_id as string, row.order_id as string]))
}
