import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOnlineOrderDeposits } from "../workflows/item-deposit/utils/online-order-deposits"

/**
 * An order placed with online deposit lines (POST /store/carts/:id/deposit-lines)
 * becomes the customer's deposits and top-ups, once its payment is
 * authorized; a redelivered event records nothing twice.
 */
export default async function recordDepositsOfPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOnlineOrderDeposits(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "item-deposits-online-order-placed" },
}
