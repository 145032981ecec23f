import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { ITEM_DEPOSIT_MODULE } from "../../../modules/item-deposit"
import type ItemDepositModuleService from "../../../modules/item-deposit/service"
import { ITEM_DEPOSIT_CREDIT_LINE_REFERENCE, ItemDepositEvents } from "../../../types/item-deposit"
import { emitDepositEvents } from "./deposit-events"

/**
 * Moves what a cart held of deposits to the order placed from it (held →
 * consumed, with the order id) for what the order's deposit credit lines
 * say they paid (anything held beyond that is released), links each deposit
 * to the order and emits item_deposit.consumed. Called when the order is placed, and by the
 * reconciliation job for an order whose order.placed was never handled.
 */
export async function consumeCartDeposits(
  container: MedusaContainer,
  { cart_id, order_id }: { cart_id: string; order_id: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "item_deposits.id", "credit_lines.reference", "credit_lines.reference_id", "credit_lines.amount"],
    filters: { id: order_id },
  })
  const order = data[0] as any
  // What the order says the deposits paid is what it consumes.
  const lines = (order?.credit_lines ?? [])
    .filter((line: any) => line.reference === ITEM_DEPOSIT_CREDIT_LINE_REFERENCE && MathBN.gt(line.amount, 0))
    .map((line: any) => ({ deposit_id: line.reference_id as string, amount: line.amount }))

  const service: ItemDepositModuleService = container.resolve(ITEM_DEPOSIT_MODULE)
  const { consumed, released } = await service.consumeForOrder({ cart_id, order_id, lines })
  await emitDepositEvents(container, ItemDepositEvents.RELEASED, released)
  if (!consumed.length) {
    return consumed
  }
  // The stock held for these deposits now belongs to the order's reservation.
  await service.markStockConsumed(consumed.map((a: any) => a.deposit_id))
  const already = new Set((order?.item_deposits ?? []).map((d: any) => d?.id))
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
