import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../modules/item-deposit"
import type ItemDepositModuleService from "../modules/item-deposit/service"
import { ItemDepositEvents } from "../types/item-deposit"
import { findOrderCartId } from "../workflows/item-deposit/utils/order-cart"
import { emitDepositEvents } from "../workflows/item-deposit/utils/deposit-events"

/**
 * Links the deposits a checkout consumed to the order it placed, and emits
 * item_deposit.consumed. The money itself was taken when the cart completed
 * (see workflows/hooks/consume-item-deposits.ts); this only records where it
 * went, so a redelivered event changes nothing.
 */
export default async function linkConsumedDeposits({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  const cartId = await findOrderCartId(container, orderId)
  if (!cartId) {
    return
  }
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const applications = await service.listOpenApplications({
    applied_before: new Date(Date.now() + 60_000),
    cart_ids: [cartId],
  })
  if (!applications.length) {
    return
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["id", "item_deposits.id"],
    filters: { id: orderId },
  })
  const linked = new Set(((order as any)?.item_deposits ?? []).map((d: any) => d?.id))
  const toLink = applications.filter((a) => !linked.has(a.deposit_id))
  if (!toLink.length) {
    return
  }
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    toLink.map((a) => ({
      [ITEM_DEPOSIT_MODULE]: { item_deposit_id: a.deposit_id },
      [Modules.ORDER]: { order_id: orderId },
    }))
  )
  await emitDepositEvents(
    container,
    ItemDepositEvents.CONSUMED,
    toLink.map((a) => ({ deposit_id: a.deposit_id, amount: a.applied.numeric, cart_id: cartId, order_id: orderId }))
  )
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "item-deposits-order-placed" },
}
