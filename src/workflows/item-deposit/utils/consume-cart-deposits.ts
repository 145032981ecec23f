import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ItemDepositEvents } from "../../../types/item-deposit"
import { emitDepositEvents } from "./deposit-events"

/**
 * Moves what a cart held of deposits to the order placed from it (held →
 * consumed, with the order id), links each deposit to the order and emits
 * item_deposit.consumed. Called when the order is placed, and by the
 * reconciliation job for an order whose order.placed was never handled.
 */
export async function consumeCartDeposits(
  container: MedusaContainer,
  { cart_id, order_id }: { cart_id: string; order_id: string }
) {
  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const consumed = await service.consumeForOrder({ cart_id, order_id })
  if (!consumed.length) {
    return consumed
  }
  // The link's table is unique per pair; a link left by an earlier attempt
  // is not an error.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: linked } = await query.graph({
    entity: "order",
    fields: ["id", "item_deposits.id"],
    filters: { id: order_id },
  })
  const already = new Set(((linked[0] as any)?.item_deposits ?? []).map((d: any) => d?.id))
  const toLink = consumed.filter((a: any) => !already.has(a.deposit_id))
  if (toLink.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      toLink.map((a: any) => ({
        [ITEM_DEPOSIT_MODULE]: { item_deposit_id: a.deposit_id },
        [Modules.ORDER]: { order_id },
      }))
    )
  }
  await emitDepositEvents(
    container,
    ItemDepositEvents.CONSUMED,
    consumed.map((a: any) => ({ deposit_id: a.deposit_id, amount: a.amount, cart_id, order_id }))
  )
  return consumed
}
