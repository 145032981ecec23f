import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { findOrderCartId } from "../workflows/item-deposit/utils/order-cart"
import { consumeCartDeposits } from "../workflows/item-deposit/utils/consume-cart-deposits"

/**
 * Records that the order took what its cart held of deposits (the money
 * itself was taken when the cart completed, see
 * workflows/hooks/consume-item-deposits.ts), links the deposits to the
 * order and emits item_deposit.consumed. A redelivered event finds nothing
 * held and changes nothing.
 */
export default async function consumeDepositsOfPlacedOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const cartId = await findOrderCartId(container, event.data.id)
  if (cartId) {
    await consumeCartDeposits(container, { cart_id: cartId, order_id: event.data.id })
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "item-deposits-order-placed" },
}
