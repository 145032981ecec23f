import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ITEM_DEPOSIT_MODULE } from "../modules/item-deposit"
import type ItemDepositModuleService from "../modules/item-deposit/service"
import { ItemDepositEvents } from "../types/item-deposit"
import { findOrderCartId } from "../workflows/item-deposit/utils/order-cart"
import { emitDepositEvents } from "../workflows/item-deposit/utils/deposit-events"

/**
 * A cancelled order gives its deposits back: one release entry per deposit
 * for what the order's cart applied. The module releases only what is still
 * applied, under row locks, so a twice-delivered event releases once.
 */
export default async function releaseDepositsOfCancelledOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  const cartId = await findOrderCartId(container, orderId)
  if (!cartId) {
    return
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const released = await service.releaseFromCart({
    cart_id: cartId,
    order_id: orderId,
    note: `Order ${orderId} was cancelled`,
  })
  await emitDepositEvents(container, ItemDepositEvents.RELEASED, released as any[])
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "item-deposits-order-canceled" },
}
