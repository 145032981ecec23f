import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { testHooks } from "../../../helpers/test-hooks"

/** Records every event the plugin emits, for the tests to assert on. */
export default async function recordPluginEvents({ event }: SubscriberArgs<any>) {
  testHooks().events.push({ name: event.name, data: event.data })
}

export const config: SubscriberConfig = {
  event: [
    "customer_purchase.created",
    "customer_purchase.paid_out",
    "customer_purchase.cancelled",
    "customer_purchase.completed",
    "customer_purchase_item.status_changed",
    "customer_purchase_item.stocked",
    "item_deposit.created",
    "item_deposit.applied",
    "item_deposit.consumed",
    "item_deposit.released",
    "item_deposit.returned",
    "item_deposit.converted",
    "item_deposit.refunded",
    "item_deposit.cancelled",
    "item_deposit.topped_up",
    "item_deposit.expiring",
    "item_deposit.expired",
    "item_deposit.stock_reserved",
    "item_deposit.stock_released",
  ],
}
