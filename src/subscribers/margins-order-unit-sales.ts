import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ITEMS_LEFT_ORDER_REASONS } from "../utils/order-items-left-events"
import { syncOrderUnitSalesWorkflow } from "../workflows/margins/workflows/sync-order-unit-sales"

const REASONS: Record<string, string | null> = {
  "order.placed": null,
  "order.canceled": "order cancelled",
  ...ITEMS_LEFT_ORDER_REASONS,
}

/**
 * An order placed takes bought units (the sale of each is recorded against
 * the unit, first in first out); the events after which items left an order
 * (the same ones the deposits react to) and a cancellation reverse what it
 * no longer keeps. The workflow reads the order as it is now, so a
 * redelivered or out-of-order event changes nothing it should not.
 */
export default async function syncUnitSalesOfOrder({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const orderId = event.data?.order_id ?? event.data?.id
  if (!orderId) {
    return
  }
  await syncOrderUnitSalesWorkflow(container).run({
    input: { order_id: orderId, reason: REASONS[event.name] ?? null },
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(REASONS),
  context: { subscriberId: "margins-order-unit-sales" },
}
