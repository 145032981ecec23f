import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderIdOfPayment, voidRefundedOnlineOrderDeposits } from "../workflows/item-deposit/utils/online-order-deposits"

/**
 * A refund on an order that bought deposits online voids those the money
 * left with the merchant no longer covers, once however often it comes.
 */
export default async function voidDepositsOfRefundedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (orderId) {
    await voidRefundedOnlineOrderDeposits(container, orderId)
  }
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
  context: { subscriberId: "item-deposits-online-payment-refunded" },
}
