import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { voidOnlineOrderDeposits } from "../workflows/item-deposit/utils/online-order-deposits"

/**
 * A cancelled order voids the deposits and top-ups it bought online: one
 * cancellation entry per line, once however often the event comes.
 */
export default async function voidDepositsOfCancelledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await voidOnlineOrderDeposits(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "item-deposits-online-order-canceled" },
}
