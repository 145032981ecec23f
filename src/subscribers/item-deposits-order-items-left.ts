import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ITEMS_LEFT_ORDER_REASONS as REASONS } from "../utils/order-items-left-events"
import { returnOrderItemDepositsWorkflow } from "../workflows/item-deposit/workflows/return-order-item-deposits"

/**
 * Items left an order (a return received, a claim or exchange confirmed,
 * an order edit confirmed): the deposits' share of them comes back, by the
 * merchant's rule, once. The workflow computes the share from the order as
 * it is now and writes only what did not come back before, so a
 * redelivered event, or an event that changed nothing for a deposit-paid
 * item, changes nothing.
 */
export default async function returnDepositsOfItemsThatLeftOrder({
  event,
  container,
}: SubscriberArgs<{ order_id: string }>) {
  if (!event.data?.order_id) {
    return
  }
  await returnOrderItemDepositsWorkflow(container).run({
    input: { order_id: event.data.order_id, reason: REASONS[event.name] },
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(REASONS),
  context: { subscriberId: "item-deposits-order-items-left" },
}
