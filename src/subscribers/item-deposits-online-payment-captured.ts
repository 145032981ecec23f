import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderIdOfPayment, recordOnlineOrderDeposits } from "../workflows/item-deposit/utils/online-order-deposits"

/**
 * A payment captured after the order was placed (a provider that authorizes
 * asynchronously) records the deposits order.placed could not; for an
 * order already recorded it writes nothing.
 */
export default async function recordDepositsOfCapturedPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await recordOnlineOrderDeposits(container, orderId)
  }
}

export const config: SubscriberConfig = {
  event: "payment.captured",
  context: { subscriberId: "item-deposits-online-payment-captured" },
}
